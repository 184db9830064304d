namespace ChildView.ChildProfile.Children;

/// <summary>A checksum-valid strong identifier and the one child it belongs to (the primary key makes it unique).</summary>
public sealed class ChildIdentifier
{
    public const string UpnKind = "upn";
    public const string NhsNumberKind = "nhs";

    public required string Kind { get; init; }

    public required string Value { get; init; }

    public Guid ChildId { get; set; }
}
