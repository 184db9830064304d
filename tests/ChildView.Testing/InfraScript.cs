using System.Diagnostics;

namespace ChildView.Testing;

/// <summary>Runs <c>scripts/infra.sh</c>, e.g. to take the broker down and bring it back during a test.</summary>
public static class InfraScript
{
    public static async Task RunAsync(string command)
    {
        var script = Path.Combine(RepositoryRoot.Path, "scripts", "infra.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start scripts/infra.sh.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"infra.sh {command} exited {process.ExitCode}: {await output}{await errors}");
        }
    }
}
