using System.Diagnostics;

namespace ChildView.IntegrationTests.Support;

/// <summary>Runs <c>scripts/infra.sh</c>, e.g. to take the broker down and bring it back during a test.</summary>
public static class InfraScript
{
    public static async Task RunAsync(string command)
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "infra.sh");
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

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChildView.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChildView.sln not found above the test output folder.");
    }
}
