using ChildView.Contracts.CodeSets;
using ChildView.Contracts.Identifiers;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.Education.Pupils;

/// <summary>Registers a pupil; the UPN is expected for pupils on a school roll but legacy and new arrivals may lack one.</summary>
/// <param name="FormerUpn">A UPN the pupil held before; validated like a UPN and different from the current one.</param>
/// <param name="UpnUnknownReason">UN1–UN5, why there is no UPN; not allowed together with a UPN.</param>
public sealed record RegisterPupilRequest(ChildDetailsRequest? Child, string? FormerUpn = null, string? UpnUnknownReason = null)
{
    /// <param name="requireReasonWhenUpnMissing">
    /// The census rule "no UPN ⇒ a UN1–UN5 reason". Off at the endpoints for now: existing clients (and
    /// platform tests) still register UPN-less pupils without a reason; turn it on once they send one.
    /// </param>
    public ValidationErrors Validate(DateOnly today, bool requireReasonWhenUpnMissing = false)
    {
        var errors = new ValidationErrors()
            .ValidateChild("child", Child, today)
            .OneOf("upnUnknownReason", UpnUnknownReason, UpnUnknownReasons.All, required: false);

        var upn = UniquePupilNumber.Normalise(Child?.Upn);
        var formerUpn = UniquePupilNumber.Normalise(FormerUpn);
        errors
            .When(formerUpn is not null && !UniquePupilNumber.IsValid(formerUpn), "formerUpn", "Not a valid UPN (format or check letter).")
            .When(formerUpn is not null && formerUpn == upn, "formerUpn", "Must differ from the current UPN.")
            .When(upn is not null && UpnUnknownReason is not null, "upnUnknownReason", "Must not be given with a UPN.");

        return errors.When(requireReasonWhenUpnMissing && Child is not null && upn is null && UpnUnknownReason is null, "upnUnknownReason", "Required when there is no UPN.");
    }
}

public sealed record PupilResponse(
    Guid Id, long Version, RecordState State, ChildDetails Child, string? FormerUpn, string? UpnUnknownReason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static PupilResponse From(Pupil pupil) =>
        new(pupil.Id, pupil.Version, pupil.State, pupil.Child, pupil.FormerUpn, pupil.UpnUnknownReason, pupil.CreatedAt, pupil.UpdatedAt);
}
