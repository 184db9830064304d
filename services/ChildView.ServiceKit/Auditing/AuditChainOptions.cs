using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ChildView.ServiceKit.Auditing;

/// <summary>
/// <c>Audit:ChainInterval</c> (default 1 s: how long a row may wait unchained), <c>Audit:AnchorInterval</c>
/// (default 10 s) and <c>Audit:AnchorDirectory</c> (required outside Development; in Development the
/// repository's <c>.infra/audit-anchors/{application}</c>, one directory per service as each has its own volume when deployed).
/// </summary>
public sealed record AuditChainOptions(TimeSpan ChainInterval, TimeSpan AnchorInterval, string AnchorDirectory)
{
    public static AuditChainOptions From(IConfiguration configuration, IHostEnvironment environment) => new(
        configuration.GetValue("Audit:ChainInterval", TimeSpan.FromSeconds(1)),
        configuration.GetValue("Audit:AnchorInterval", TimeSpan.FromSeconds(10)),
        configuration["Audit:AnchorDirectory"] is { Length: > 0 } directory ? directory
            : environment.IsDevelopment() ? DevelopmentDirectory(environment.ContentRootPath, environment.ApplicationName)
            : throw new InvalidOperationException("Audit:AnchorDirectory must name a directory outside the database (a volume only this service writes)."));

    private static string DevelopmentDirectory(string contentRoot, string application)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChildView.sln")))
            {
                return Path.Combine(dir.FullName, ".infra", "audit-anchors", application);
            }
        }

        return Path.Combine(contentRoot, "audit-anchors", application);
    }
}
