using ChildView.Contracts.IntegrationEvents;
using ChildView.Migration.Validation;

namespace ChildView.Migration.Targets;

public static class ChildIdentities
{
    /// <summary>The identity block of a converted row, as the owning service would put it on its events.</summary>
    public static ChildIdentity From(MigrationRecord record, string service) => new(
        service,
        record.Text(ChildFields.LocalId)!,
        record.Text(ChildFields.GivenName)!,
        record.Text(ChildFields.FamilyName)!,
        record.Date(ChildFields.DateOfBirth),
        record.Text(ChildFields.Sex),
        record.Text(ChildFields.Upn),
        record.Text(ChildFields.NhsNumber),
        new PostalAddress(record.Text(ChildFields.AddressLine1), record.Text(ChildFields.AddressLine2), record.Text(ChildFields.Town), record.Text(ChildFields.Postcode)));
}
