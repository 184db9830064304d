using ChildView.Contracts.Identifiers;
using ChildView.Linkage.Identifiers;

namespace ChildView.ChildProfile.Children.Matching;

/// <summary>
/// A child's strong identifier is an NHS number or a UPN that passes its check; the pair's records
/// are given the kind both hold (see <see cref="IdentityRecords"/>), so the two kinds are never compared.
/// </summary>
public sealed class ChildIdentifierValidator : IStrongIdValidator
{
    public string Name => "nhs-or-upn";

    public bool IsValid(string id) => NhsNumber.IsValid(id) || UniquePupilNumber.IsValid(id);
}
