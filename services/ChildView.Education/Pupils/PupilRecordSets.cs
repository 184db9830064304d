using ChildView.Contracts.IntegrationEvents;
using ChildView.Education.Data;
using ChildView.ServiceKit.Republishing;

namespace ChildView.Education.Pupils;

/// <summary>Pupils registered in bulk (legacy migration): announced as registered, at version 1 as every registration is.</summary>
public sealed class PupilsRegisteredRecordSet(EducationDbContext db) : ChildRecordSetExpander<Pupil, PupilRegistered>(db)
{
    protected override PupilRegistered Build(Pupil pupil, Guid eventId, DateTimeOffset occurredAt) =>
        PupilEvents.Registered(pupil, occurredAt) with { EventId = eventId, EntityVersion = 1 };
}

/// <summary>Pupils changed in bulk: their current details at their current version.</summary>
public sealed class PupilDetailsChangedRecordSet(EducationDbContext db) : ChildRecordSetExpander<Pupil, PupilDetailsChanged>(db)
{
    protected override PupilDetailsChanged Build(Pupil pupil, Guid eventId, DateTimeOffset occurredAt) =>
        PupilEvents.DetailsChanged(pupil, occurredAt) with { EventId = eventId };
}
