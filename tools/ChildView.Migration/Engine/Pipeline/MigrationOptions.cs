using ChildView.Migration.Mapping;

namespace ChildView.Migration.Pipeline;

/// <summary>One run of one source.</summary>
public sealed record MigrationOptions
{
    public required string InputPath { get; init; }

    public required SourceMapping Mapping { get; init; }

    /// <summary>The owning service's database; optional for a dry run.</summary>
    public string? TargetConnection { get; init; }

    /// <summary>The profile database, whose children the source is matched against (else the service's own records).</summary>
    public string? ProfileConnection { get; init; }

    public bool DryRun { get; init; }

    /// <summary>Run identity resolution for the report (match / possible / new, duplicates within the source).</summary>
    public bool Match { get; init; } = true;

    /// <summary>Measured best on the 1,000,000-row benchmark: smaller batches pay their transactions more often, larger ones wait longer to fill and drain the pipeline.</summary>
    public const int DefaultBatchRows = 50_000;

    /// <summary>Rows read per batch; a batch is one transaction (COPY, key map, outbox record sets) and one checkpoint.</summary>
    public int BatchRows { get; init; } = DefaultBatchRows;

    /// <summary>Where the rejects file and the quality reports are written.</summary>
    public string OutputDirectory { get; init; } = ".";

    public string RunBy { get; init; } = Environment.UserName;

    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
