using ChildView.Migration.Pipeline;
using NetArchTest.Rules;

namespace ChildView.UnitTests.Architecture;

/// <summary>
/// The migration tool writes into a service's database from outside: it may build on the shared contracts
/// and the linkage engine, never on a service project (which would tie its release to the service's code).
/// </summary>
public sealed class MigrationToolBoundaryTests
{
    private static readonly string[] Services =
        ["ChildView.Education", "ChildView.SocialCare", "ChildView.YouthOffending", "ChildView.EarlyYears", "ChildView.ChildProfile", "ChildView.Messaging", "ChildView.ServiceKit"];

    [Theory]
    [InlineData("tools/ChildView.Migration/Engine/ChildView.Migration.csproj", new[] { "ChildView.Contracts", "ChildView.Linkage" })]
    [InlineData("tools/ChildView.Migration/Cli/ChildView.Migration.Cli.csproj", new[] { "ChildView.Migration" })]
    public void A_migration_project_references_only_the_contracts_the_linkage_engine_and_its_own_engine(string project, string[] allowed)
    {
        var references = RepositoryLayout.ProjectReferencesOf(project);

        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.Contains(reference, allowed));
    }

    [Fact]
    public void The_migration_engine_depends_on_no_service_assembly()
    {
        var result = Types.InAssembly(typeof(MigrationRunner).Assembly).ShouldNot().HaveDependencyOnAny(Services).GetResult();

        Assert.True(result.IsSuccessful, $"depends on a service: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Postgres_specific_code_of_the_migration_engine_lives_in_postgres_namespaces()
    {
        var npgsqlUsers = Types.InAssembly(typeof(MigrationRunner).Assembly).That().HaveDependencyOn("Npgsql").GetTypes()
            .Where(t => !t.Name.StartsWith('<'))
            .Select(t => t.FullName!)
            .ToList();

        Assert.NotEmpty(npgsqlUsers);
        Assert.All(npgsqlUsers, name => Assert.Contains(".Postgres", name, StringComparison.Ordinal));
    }
}
