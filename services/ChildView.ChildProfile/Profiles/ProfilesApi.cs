using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Profiles.Postgres;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChildView.ChildProfile.Profiles;

public static class ProfilesApi
{
    public static IEndpointRouteBuilder MapProfilesApi(this IEndpointRouteBuilder app)
    {
        var profiles = app.MapGroup("/profiles").WithTags("Profiles").RequireAuthorization(ApiResources.Profile.ReadScope);
        profiles.MapGet("/{id:guid}", Get);
        profiles.MapGet("/", Search);
        return app;
    }

    private static async Task<Results<Ok<ProfileResponse>, NotFound, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        var (caller, refusal) = Caller(http);
        if (caller is null)
        {
            return Forbidden(refusal!);
        }

        var view = new ProfileView(AccessPolicy.Current, caller);
        var profile = await session.RunAsync(caller, async connection =>
        {
            var child = await ProfileQueries.ChildAsync(connection, id, view.Columns, cancellationToken);
            if (child is null)
            {
                return null;
            }

            var standing = await ProfileQueries.StandingAsync(connection, id, cancellationToken);
            var records = await ProfileQueries.RecordsAsync(connection, id, cancellationToken);
            return view.Compose(child, standing, records);
        }, cancellationToken);

        return profile is null ? TypedResults.NotFound() : TypedResults.Ok(profile);
    }

    private static async Task<Results<Ok<ProfileSearchResponse>, ValidationProblem, ProblemHttpResult>> Search(
        [AsParameters] ProfileSearchRequest request, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        var (caller, refusal) = Caller(http);
        if (caller is null)
        {
            return Forbidden(refusal!);
        }

        var view = new ProfileView(AccessPolicy.Current, caller);
        var errors = request.Validate(view);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var response = await session.RunAsync(caller, async connection =>
        {
            var (page, total) = await ProfileQueries.SearchAsync(connection, request, view.Columns, cancellationToken);
            var services = await ProfileQueries.ServicesInvolvedAsync(connection, [.. page.Select(c => c.Id)], cancellationToken);
            return new ProfileSearchResponse([.. page.Select(c => view.Summarise(c, services[c.Id]))], request.PageOrDefault, request.PageSizeOrDefault, total);
        }, cancellationToken);
        return TypedResults.Ok(response);
    }

    private static (ProfileCaller? Caller, string? Refusal) Caller(HttpContext http) =>
        ProfileCaller.From(http.User, http.Request.Headers[ProfileCaller.ActingRoleHeader].FirstOrDefault(), AccessPolicy.Current);

    private static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not read profiles this way.", detail: detail);
}
