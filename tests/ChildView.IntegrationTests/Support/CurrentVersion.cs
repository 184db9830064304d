using System.Net;
using System.Net.Http.Headers;

namespace ChildView.IntegrationTests.Support;

/// <summary>
/// Changes must name the version they are made against (If-Match, else 428). Tests about something else
/// (validation, a missing record) send the record's current ETag, read just before, the way a client
/// that has just read the record would; for a record that cannot be read, version 1.
/// </summary>
public static class CurrentVersion
{
    public static async Task<HttpResponseMessage> SendWithCurrentVersionAsync(this HttpClient client, HttpRequestMessage request)
    {
        if (request.Headers.IfMatch.Count == 0 && request.Method != HttpMethod.Get)
        {
            var path = request.RequestUri!.ToString();
            path = path.EndsWith("/close", StringComparison.Ordinal) ? path[..^"/close".Length] : path;
            using var current = await client.GetAsync(path);
            request.Headers.IfMatch.Add(current.StatusCode == HttpStatusCode.OK && current.Headers.ETag is { } etag ? etag : new EntityTagHeaderValue("\"1\""));
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostWithCurrentVersionAsync<T>(this HttpClient client, string path, T body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        return await client.SendWithCurrentVersionAsync(request);
    }
}
