using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Access;

// Allocations are the relationship facts the row policies read ("own caseload", "own team"). These
// consumers keep them beside, not inside, the service records the profile shows.

public sealed class CaseAllocationRecordedAccessConsumer(MessageInbox inbox, AllocationStore store) : IdempotentConsumer<CaseAllocationRecorded>(inbox)
{
    protected override Task ApplyAsync(CaseAllocationRecorded m, CancellationToken cancellationToken) =>
        store.ApplyAsync(m, m.AllocationId, m.WorkerId, m.Team, RecordState.Open, null, m.AllocatedBy, cancellationToken);
}

public sealed class CaseAllocationChangedAccessConsumer(MessageInbox inbox, AllocationStore store) : IdempotentConsumer<CaseAllocationChanged>(inbox)
{
    protected override Task ApplyAsync(CaseAllocationChanged m, CancellationToken cancellationToken) =>
        store.ApplyAsync(m, m.AllocationId, m.WorkerId, m.Team, m.State, m.ToDate, m.AllocatedBy, cancellationToken);
}

public sealed class YotAllocationRecordedAccessConsumer(MessageInbox inbox, AllocationStore store) : IdempotentConsumer<YotAllocationRecorded>(inbox)
{
    protected override Task ApplyAsync(YotAllocationRecorded m, CancellationToken cancellationToken) =>
        store.ApplyAsync(m, m.AllocationId, m.OfficerId, m.TeamCode, m.State, m.ToDate, m.AllocatedBy, cancellationToken);
}

public sealed class YotAllocationChangedAccessConsumer(MessageInbox inbox, AllocationStore store) : IdempotentConsumer<YotAllocationChanged>(inbox)
{
    protected override Task ApplyAsync(YotAllocationChanged m, CancellationToken cancellationToken) =>
        store.ApplyAsync(m, m.AllocationId, m.OfficerId, m.TeamCode, m.State, m.ToDate, m.AllocatedBy, cancellationToken);
}

public sealed class EarlyYearsAllocationRecordedAccessConsumer(MessageInbox inbox, AllocationStore store) : IdempotentConsumer<EarlyYearsAllocationRecorded>(inbox)
{
    protected override Task ApplyAsync(EarlyYearsAllocationRecorded m, CancellationToken cancellationToken) =>
        store.ApplyAsync(m, m.AllocationId, m.PractitionerId, m.TeamCode, m.State, m.ToDate, m.AllocatedBy, cancellationToken);
}

public sealed class EarlyYearsAllocationChangedAccessConsumer(MessageInbox inbox, AllocationStore store) : IdempotentConsumer<EarlyYearsAllocationChanged>(inbox)
{
    protected override Task ApplyAsync(EarlyYearsAllocationChanged m, CancellationToken cancellationToken) =>
        store.ApplyAsync(m, m.AllocationId, m.PractitionerId, m.TeamCode, m.State, m.ToDate, m.AllocatedBy, cancellationToken);
}

/// <summary>Version-checked upsert of one allocation, linked to the child the same way the child's records are.</summary>
public sealed class AllocationStore(ProfileDbContext db, ChildLinker linker, TimeProvider clock)
{
    public async Task ApplyAsync(
        IIntegrationEvent integrationEvent, Guid allocationId, string worker, string team, RecordState state, DateOnly? toDate, string? allocatedBy, CancellationToken cancellationToken)
    {
        var allocation = await db.Allocations.SingleOrDefaultAsync(a => a.SourceSystem == integrationEvent.Source && a.AllocationId == allocationId, cancellationToken);
        if (allocation is not null && allocation.EntityVersion >= integrationEvent.EntityVersion)
        {
            return;
        }

        var childId = allocation?.ChildId ?? await linker.LinkAsync(integrationEvent.Child, cancellationToken);
        if (allocation is null)
        {
            allocation = new Allocation { SourceSystem = integrationEvent.Source, AllocationId = allocationId, ChildId = childId, WorkerUserName = "", Team = "" };
            db.Allocations.Add(allocation);
        }

        allocation.SourceLocalId = integrationEvent.Child.LocalId;
        allocation.WorkerUserName = worker.Trim().ToLowerInvariant();
        // Services differ in case (YOT and early years team codes are upper case); callers' team claims are compared lower-cased.
        allocation.Team = team.Trim().ToLowerInvariant();
        allocation.Active = state == RecordState.Open && (toDate is null || toDate >= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        allocation.EntityVersion = integrationEvent.EntityVersion;
        allocation.AllocatedBy = allocatedBy;
    }
}
