namespace ChildView.AppHost;

public static class ResourceBuilderExtensions
{
    public static IResourceBuilder<ProjectResource> WithDatabase(this IResourceBuilder<ProjectResource> project, IResourceBuilder<IResourceWithConnectionString> database) =>
        project.WithReference(database).WaitForIfStartable(database);

    /// <summary>The service's own broker address, under the connection name every service reads (<c>messaging</c>).</summary>
    public static IResourceBuilder<ProjectResource> WithBroker(this IResourceBuilder<ProjectResource> project, IResourceBuilder<IResourceWithConnectionString> broker) =>
        project.WithReference(broker, connectionName: "messaging").WaitForIfStartable(broker);

    /// <summary>Points a service at the identity service for token validation and Swagger's login.</summary>
    public static IResourceBuilder<ProjectResource> UsesIdentity(this IResourceBuilder<ProjectResource> project, IResourceBuilder<ProjectResource> identity)
    {
        var endpoint = identity.GetEndpoint("http");
        return project
            .WithEnvironment("Identity__Url", endpoint)
            .WithEnvironment("Identity__PublicUrl", endpoint)
            .WaitFor(identity);
    }

    /// <summary>Connection strings to servers started outside Aspire have no lifecycle to wait for.</summary>
    private static IResourceBuilder<ProjectResource> WaitForIfStartable(this IResourceBuilder<ProjectResource> project, IResourceBuilder<IResourceWithConnectionString> dependency) =>
        dependency.Resource is ConnectionStringResource ? project : project.WaitFor(dependency);
}
