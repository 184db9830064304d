using System.Text.Json.Serialization;
using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Profiles;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildView.Bench.ProfileRead;

/// <summary>
/// The baseline of <c>make bench-profile-read</c>: the profile's point read behind the same JWT and
/// scope checks, composed by the same code (<see cref="ProfileComposition"/>), but on the database
/// owner's login (row policies do not apply), without a signed caller and without an audit row. It
/// exists only in this benchmark project: no service, setting or deployment can compose it.
/// </summary>
public sealed class UnprotectedProfileHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly NpgsqlDataSource _owner;

    private UnprotectedProfileHost(WebApplication app, NpgsqlDataSource owner, Uri address)
    {
        _app = app;
        _owner = owner;
        BaseAddress = address;
    }

    public Uri BaseAddress { get; }

    public static async Task<UnprotectedProfileHost> StartAsync(string profileConnectionString, Uri identity, int port)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Identity:Url"] = identity.ToString();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.AddTokenAuthentication(ApiResources.Profile.Audience);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        var owner = NpgsqlDataSource.Create(profileConnectionString);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/profiles/{id:guid}", async (Guid id, HttpContext http, CancellationToken cancellationToken) =>
        {
            var (caller, refusal) = ProfileCaller.From(http.User, null, AccessPolicy.Current);
            if (caller is null)
            {
                return Results.Problem(refusal, statusCode: StatusCodes.Status403Forbidden);
            }

            await using var connection = await owner.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var profile = await ProfileComposition.ReadAsync(connection, new ProfileView(AccessPolicy.Current, caller), id, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return profile is null ? Results.NotFound() : Results.Ok(profile);
        }).RequireAuthorization(ApiResources.Profile.ReadScope);

        await app.StartAsync();
        return new UnprotectedProfileHost(app, owner, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _owner.DisposeAsync();
    }
}
