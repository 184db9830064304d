namespace ChildView.Testing;

/// <summary>The checkout the tests or benchmarks run from: the folder above the output holding ChildView.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ChildView.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChildView.sln not found above the output folder.");
    }
}
