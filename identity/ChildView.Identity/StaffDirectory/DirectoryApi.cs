using ChildView.Contracts.Directory;
using ChildView.Contracts.Security;
using ChildView.Identity.Data;
using ChildView.Identity.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace ChildView.Identity.StaffDirectory;

/// <summary>
/// The staff directory for services (who a user is, their job roles and teams, whether they are
/// active), so a service can check an allocation's worker. Bearer tokens issued by this server with
/// the <c>directory.read</c> scope only, which only the services that allocate may ask for; the login
/// cookie never opens it.
/// </summary>
public static class DirectoryApi
{
    private const string ReadPolicy = "directory-read";

    public static IHostApplicationBuilder AddDirectoryApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenIddict().AddValidation(validation =>
        {
            validation.UseLocalServer();
            validation.AddAudiences(ApiResources.Directory.Audience);
            validation.UseAspNetCore();
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(ReadPolicy, policy => policy
            .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasScope(ApiResources.Directory.ReadScope)));
        return builder;
    }

    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(StaffMember.RoutePrefix + "/{userName}", FindAsync).RequireAuthorization(ReadPolicy);
        return app;
    }

    private static async Task<Results<Ok<StaffMember>, NotFound>> FindAsync(string userName, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var normalised = User.NormaliseUserName(userName);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == normalised, cancellationToken);
        return user is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new StaffMember(user.UserName, user.DisplayName, user.Roles, user.Teams, !user.Disabled));
    }
}
