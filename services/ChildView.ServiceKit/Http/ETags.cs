using Microsoft.AspNetCore.Http;

namespace ChildView.ServiceKit.Http;

/// <summary>Entity versions as weak ETags, for If-Match optimistic concurrency.</summary>
public static class ETags
{
    public static string For(long version) => $"W/\"{version}\"";

    /// <summary>True when the request has no If-Match, or its If-Match names the current version.</summary>
    public static bool IfMatchAllows(HttpRequest request, long currentVersion)
    {
        var ifMatch = request.Headers.IfMatch;
        if (ifMatch.Count == 0)
        {
            return true;
        }

        var current = For(currentVersion);
        return ifMatch.SelectMany(h => (h ?? "").Split(',', StringSplitOptions.TrimEntries))
            .Any(tag => tag == "*" || tag == current || $"W/{tag}" == current);
    }

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = For(version);
}
