using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildView.Migration.Quality;

/// <summary>Writes a report as JSON (for machines and dashboards) and as one self-contained HTML page (for people).</summary>
public static class QualityReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private const string Style = """
        <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}
            td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}th{background:#f3f3f3}.num{text-align:right}
            .ok{color:#176117}.bad{color:#a00}.bar{background:#4a7;height:.7rem;display:inline-block}</style>
        """;

    public static string ToJson(QualityReport report) => JsonSerializer.Serialize(report, Json);

    public static QualityReport? FromJson(string json) => JsonSerializer.Deserialize<QualityReport>(json, Json);

    public static (string Json, string Html) Write(QualityReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, $"{report.Source}.quality");
        File.WriteAllText(stem + ".json", ToJson(report));
        File.WriteAllText(stem + ".html", ToHtml(report));
        return (stem + ".json", stem + ".html");
    }

    public static string ToHtml(QualityReport report)
    {
        static string E(object? value) => WebUtility.HtmlEncode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
        static string Pct(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
        var r = report.Reconciliation;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Quality report: {E(report.Source)}</title>
            {Style}</head><body>
            <h1>Quality report: {E(report.Source)}</h1>
            <p>Target <b>{E(report.Target)}</b> · file <code>{E(report.File)}</code> (SHA-256 <code>{E(report.FileSha256[..16])}…</code>) ·
            {(report.DryRun ? "<b>dry run</b> (nothing loaded)" : "loaded")} · {E(report.GeneratedAt.ToString("u", CultureInfo.InvariantCulture))}</p>
            <h2>Reconciliation</h2>
            <table><tr><th>rows read</th><th>valid</th><th>loaded</th><th>rejected</th><th>inserted</th><th>updated</th><th>unchanged</th><th title="changed in ChildView since the migration wrote it: not overwritten">kept</th><th>balanced</th></tr>
            <tr><td class="num">{r.RowsRead:N0}</td><td class="num">{r.Valid:N0}</td><td class="num">{r.Loaded:N0}</td><td class="num">{r.Rejected:N0}</td>
            <td class="num">{r.Inserted:N0}</td><td class="num">{r.Updated:N0}</td><td class="num">{r.Unchanged:N0}</td><td class="num">{r.Kept:N0}</td>
            <td class="{(r.Balanced ? "ok" : "bad")}">{(r.Balanced ? "yes" : "NO")}: {E(r.Statement)}</td></tr></table>
            <h2>Fields</h2>
            <table><tr><th>field</th><th>legacy column</th><th>present</th><th>completeness</th><th>valid</th><th>validity</th></tr>
            """);
        foreach (var f in report.Fields)
        {
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr><td>{E(f.Field)}</td><td>{E(f.Column ?? "(not mapped)")}</td><td class="num">{f.Present:N0}</td>
                <td><span class="bar" style="width:{f.Completeness * 100:0}px"></span> {Pct(f.Completeness)}</td>
                <td class="num">{f.Valid:N0}</td><td>{Pct(f.Validity)}</td></tr>
                """);
        }

        html.Append("</table><h2>Top rejection reasons</h2><table><tr><th>field</th><th>reason</th><th>rows</th></tr>");
        foreach (var reason in report.TopRejectionReasons)
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(reason.Field)}</td><td>{E(reason.Reason)}</td><td class=\"num\">{reason.Rows:N0}</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"</table><h2>Duplicates within the source</h2><p>{report.DuplicateSourceKeys:N0} rows repeat a source key (rejected).");
        if (report.Matching is { } m)
        {
            html.Append(CultureInfo.InvariantCulture, $"""
                 {m.DuplicatePairsWithinSource:N0} pairs of valid rows are probably the same child under different keys.</p>
                <h2>Matches to existing children</h2>
                <p>{m.Compared:N0} valid rows compared with {m.ExistingChildren:N0} existing children ({E(m.AgainstWhat)}) by the identity-resolution engine.</p>
                <table><tr><th>match</th><th>possible (review)</th><th>new</th></tr>
                <tr><td class="num">{m.Match:N0}</td><td class="num">{m.Possible:N0}</td><td class="num">{m.New:N0}</td></tr></table>
                """);
        }
        else
        {
            html.Append("</p><p>Matching against existing children was not run.</p>");
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }
}
