using ChildView.Contracts.IntegrationEvents;

namespace ChildView.ChildProfile.Children;

/// <summary>
/// The profile's copy of one record in a service (a referral, an offence outcome, …): enough for the
/// summary and the chronology. <see cref="EntityVersion"/> lets an older event be recognised and ignored.
/// </summary>
public sealed class ServiceRecord
{
    public required string SourceSystem { get; init; }

    public required string RecordType { get; init; }

    public Guid RecordId { get; init; }

    public Guid ChildId { get; set; }

    /// <summary>The source's own id for the child the record came in under: what an unmerge moves back by.</summary>
    public string? SourceLocalId { get; set; }

    public long EntityVersion { get; set; }

    public required string Summary { get; set; }

    public DateOnly? OccurredOn { get; set; }

    /// <summary>Deleted records are kept (a later version may restore them) but never shown.</summary>
    public RecordState State { get; set; }

    /// <summary>Structured values from the event (see <c>RecordFacts.Attributes</c>); stored as jsonb.</summary>
    public Dictionary<string, string> Attributes { get; set; } = [];

    /// <summary>
    /// Where the child lived as this record states it (the event's identity block). With
    /// <see cref="OccurredOn"/> it dates an address, so households can be followed over time.
    /// </summary>
    public string? ChildAddressLine1 { get; set; }

    public string? ChildTown { get; set; }

    public string? ChildPostcode { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
