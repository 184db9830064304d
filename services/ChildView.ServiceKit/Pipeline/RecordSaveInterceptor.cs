using ChildView.Contracts.Access;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChildView.ServiceKit.Pipeline;

/// <summary>
/// Every save of a pipeline context: stamps who created or changed each record (from the token, never the
/// body), refuses a record about a child outside the caller's scope (a team-scoped social worker cannot
/// write onto another team's child), refuses closing a record that is not open (409, in every service),
/// and tells the request which records it wrote.
/// </summary>
public sealed class RecordSaveInterceptor : SaveChangesInterceptor
{
    public static readonly RecordSaveInterceptor Instance = new();

    /// <summary>Saves outside a request (relay, migration) pass; inside one only the async path can run the scope check.</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is IRecordPipelineContext { Request.Caller: not null }
            ? throw new InvalidOperationException("Pipeline contexts save asynchronously (SaveChangesAsync) inside a request, so the scope check can query.")
            : result;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not IRecordPipelineContext { Request: { Caller: { } caller } request } pipeline)
        {
            return result;
        }

        var context = eventData.Context;
        context.ChangeTracker.DetectChanges();
        var changed = context.ChangeTracker.Entries<ChildRecord>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        foreach (var entry in changed)
        {
            if (request.Scope.IsRestricted && entry.Entity is not IAllocationRecord
                && !await pipeline.IsChildInScopeAsync(entry.Entity.Child.LocalId, cancellationToken))
            {
                throw new RecordOutOfScopeException(entry.Metadata.ClrType.Name);
            }

            if (request.Action == RecordAction.Close && entry.Entity.GetType() == request.RecordClrType
                && entry.OriginalValues.GetValue<RecordState>(nameof(ChildRecord.State)) != RecordState.Open)
            {
                throw new RecordAlreadyClosedException();
            }

            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedBy = caller.Actor;
            }

            entry.Entity.UpdatedBy = caller.Actor;
            request.Saw(entry.Entity);
        }

        return result;
    }
}
