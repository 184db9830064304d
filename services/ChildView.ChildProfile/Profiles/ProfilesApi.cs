using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Audit;
using ChildView.ChildProfile.Audit.Postgres;
using ChildView.ChildProfile.Indicators;
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
            return await AuditedDenial.DenyAsync(http, AuditActions.Read, id, refusal!);
        }

        var view = new ProfileView(AccessPolicy.Current, caller);
        var profile = await session.RunAsync(caller, async connection =>
        {
            var composed = await ProfileComposition.ReadAsync(connection, view, id, cancellationToken);
            var entry = composed is null
                ? Entry(http, AuditActions.Read, id, [], "not-found")
                : Entry(http, AuditActions.Read, id, view.Disclosed(composed), "allowed");
            await AuditTrail.AppendAsync(connection, caller, entry, cancellationToken);
            return composed;
        }, cancellationToken);

        return profile is null ? TypedResults.NotFound() : TypedResults.Ok(profile);
    }

    private static async Task<Results<Ok<ProfileSearchResponse>, ValidationProblem, ProblemHttpResult>> Search(
        [AsParameters] ProfileSearchRequest request, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        var (caller, refusal) = Caller(http);
        if (caller is null)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.Search, null, refusal!);
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
            var services = view.Sees("servicesInvolved")
                ? await ProfileQueries.ServicesInvolvedAsync(connection, [.. page.Select(c => c.Id)], cancellationToken)
                : page.ToDictionary(c => c.Id, _ => new List<string>());
            var flags = view.Sees("flags") ? await ProfileFlags.OpenRuleIdsAsync(connection, [.. page.Select(c => c.Id)], cancellationToken) : null;
            await AuditTrail.AppendAsync(connection, caller, Entry(http, AuditActions.Search, null, view.SearchDisclosure, $"allowed: {total} found") with { ChildrenReturned = [.. page.Select(c => c.Id)] }, cancellationToken);
            return new ProfileSearchResponse(
                [.. page.Select(c => view.Summarise(c, services[c.Id]) with { Flags = flags?.GetValueOrDefault(c.Id) ?? (flags is null ? null : []) })],
                request.PageOrDefault, request.PageSizeOrDefault, total);
        }, cancellationToken);
        return TypedResults.Ok(response);
    }

    private static AuditEntry Entry(HttpContext http, string action, Guid? childId, IEnumerable<string> sections, string outcome) =>
        new(action, childId, sections, outcome, AccessRequestContext.Purpose(http), AccessRequestContext.ClientAddress(http));

    private static (ProfileCaller? Caller, string? Refusal) Caller(HttpContext http) =>
        ProfileCaller.From(http.User, http.Request.Headers[ProfileCaller.ActingRoleHeader].FirstOrDefault(), AccessPolicy.Current);

}
