using Microsoft.AspNetCore.Http;

namespace ChildView.ServiceKit.Http;

/// <summary>
/// Entity versions as strong ETags (<c>"3"</c>): a version names exactly one state of a record, so
/// If-Match compares strongly (RFC 9110 §13.1.1) — a weak tag or <c>*</c> never matches.
/// </summary>
public static class ETags
{
    public static string For(long version) => $"\"{version}\"";

    /// <summary>True only when If-Match names the current version; the pipeline has already answered 428 when it is absent or <c>*</c>.</summary>
    public static bool IfMatchAllows(HttpRequest request, long currentVersion)
    {
        var current = For(currentVersion);
        return request.Headers.IfMatch.SelectMany(h => (h ?? "").Split(',', StringSplitOptions.TrimEntries)).Any(tag => tag == current);
    }

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = For(version);
}
