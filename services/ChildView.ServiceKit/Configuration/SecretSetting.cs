using Microsoft.Extensions.Configuration;

namespace ChildView.ServiceKit.Configuration;

/// <summary>
/// A secret given either inline (<c>Section:Name</c>) or as a file (<c>Section:NameFile</c>, e.g. a
/// mounted Kubernetes secret), so a deployment never has to put it in an environment variable.
/// </summary>
public static class SecretSetting
{
    public static string Require(IConfiguration configuration, string key, int minimumLength)
    {
        var value = configuration[key];
        if (string.IsNullOrEmpty(value) && configuration[key + "File"] is { Length: > 0 } file)
        {
            value = File.ReadAllText(file).Trim();
        }

        return value is { } secret && secret.Length >= minimumLength
            ? secret
            : throw new InvalidOperationException($"{key} (or {key}File) must be set to a secret of at least {minimumLength} characters.");
    }
}
