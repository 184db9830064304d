using Microsoft.EntityFrameworkCore;

namespace ChildView.ServiceKit.Pipeline;

/// <summary>
/// A service database in the record pipeline: its query filters read the request's scope through
/// <see cref="ScopeTeams"/> and <see cref="ScopeWorker"/> (evaluated per query), and its saves and loads
/// pass the pipeline's interceptors. Outside a request nothing is restricted.
/// </summary>
public abstract class RecordDbContext(DbContextOptions options, RecordRequest? request) : DbContext(options), IRecordPipelineContext
{
    public RecordRequest? Request { get; } = request;

    /// <summary>True when the request may touch every child's records.</summary>
    protected bool Unscoped => Request is null || !Request.Scope.IsRestricted;

    /// <summary>The caller's teams (lower case) when the rule is <c>team</c>; null otherwise.</summary>
    protected string[]? ScopeTeams => Request?.Scope.Teams;

    /// <summary>The caller's user name when the rule is <c>caseload</c>; null otherwise.</summary>
    protected string? ScopeWorker => Request?.Scope.Worker;

    /// <summary>Services without allocations never scope a request, so no child is "in scope" by allocation.</summary>
    public virtual Task<bool> IsChildInScopeAsync(string localId, CancellationToken cancellationToken) => Task.FromResult(false);

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.AddRecordPipeline();
}
