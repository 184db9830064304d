using System.Globalization;
using ChildView.Migration.Pipeline;
using Spectre.Console;

namespace ChildView.Migration.Cli;

/// <summary>The end-of-run summary: reconciliation (which must balance), top reasons, matching, files written.</summary>
public static class Summary
{
    public static void Print(MigrationResult result)
    {
        var r = result.Reconciliation;
        var report = result.Report;
        var table = new Table().Title($"{Markup.Escape(report.Source)} → {Markup.Escape(report.Target)}{(r.DryRun ? " (dry run)" : "")}")
            .AddColumns("rows read", "valid", "loaded", "rejected", "inserted", "updated", "unchanged", "kept", "keys in target");
        table.AddRow(N(r.RowsRead), N(r.Valid), N(r.Loaded), N(r.Rejected), N(r.Inserted), N(r.Updated), N(r.Unchanged), N(r.Kept), N(r.KeysInTarget));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(r.Balanced ? $"[green]reconciled:[/] {Markup.Escape(r.Statement)}" : $"[red]NOT reconciled:[/] {Markup.Escape(r.Statement)}");
        if (result.RowsLoadedBefore > 0)
            AnsiConsole.MarkupLine($"resumed: {N(result.RowsLoadedBefore)} rows were already loaded by an interrupted run of this file");
        foreach (var reason in report.TopRejectionReasons.Take(5))
            AnsiConsole.MarkupLine($"  {N(reason.Rows),10}  {Markup.Escape(reason.Field)}: {Markup.Escape(reason.Reason)}");
        if (report.Matching is { } m)
            AnsiConsole.MarkupLine($"matching against {N(m.ExistingChildren)} {Markup.Escape(m.AgainstWhat)}: match {N(m.Match)} · possible {N(m.Possible)} · new {N(m.New)} · probable duplicates within the source {N(m.DuplicatePairsWithinSource)}");
        if (r.Kept > 0)
            AnsiConsole.MarkupLine($"[yellow]kept:[/] {N(r.Kept)} rows not applied because their record was changed in ChildView since the migration wrote it: {Markup.Escape(result.KeptPath ?? "")}");
        AnsiConsole.MarkupLine($"rejects: {Markup.Escape(result.RejectsPath)}");
        AnsiConsole.MarkupLine($"report:  {Markup.Escape(result.ReportHtmlPath)} · {Markup.Escape(result.ReportJsonPath)}");
        var seconds = Math.Max(0.001, result.Elapsed.TotalSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"migration source={report.Source} rows={r.RowsRead} loaded={r.Loaded} rejected={r.Rejected} balanced={r.Balanced.ToString().ToLowerInvariant()} seconds={seconds:F2} rows_per_s={r.RowsRead / seconds:F0}"));
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
