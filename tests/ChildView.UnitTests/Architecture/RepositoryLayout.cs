using System.Xml.Linq;

namespace ChildView.UnitTests.Architecture;

/// <summary>Finds the repository from the test's output folder, and reads project files in it.</summary>
internal static class RepositoryLayout
{
    public static DirectoryInfo Root { get; } = FindRoot();

    public static IReadOnlyList<string> ProjectReferencesOf(string relativeProjectPath)
    {
        var project = XDocument.Load(Path.Combine(Root.FullName, relativeProjectPath));
        return project.Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
    }

    private static DirectoryInfo FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChildView.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("ChildView.sln not found above the test output folder.");
    }
}
