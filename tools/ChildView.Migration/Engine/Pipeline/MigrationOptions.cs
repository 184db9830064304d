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

    /// <summary>Rows read per batch; a batch is one COPY, one merge transaction and one checkpoint.</summary>
    public int BatchRows { get; init; } = 25_000;

    /// <summary>Where the rejects file and the quality reports are written.</summary>
    public string OutputDirectory { get; init; } = ".";

    public string RunBy { get; init; } = Environment.UserName;

    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
