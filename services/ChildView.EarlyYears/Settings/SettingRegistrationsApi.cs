using ChildView.Contracts.Security;
using ChildView.EarlyYears.Data;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Republishing;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChildView.EarlyYears.Settings;

public static class SettingRegistrationsApi
{
    private const string Collection = "/setting-registrations";

    public static IEndpointRouteBuilder MapSettingRegistrationsApi(this IEndpointRouteBuilder app)
    {
        var registrations = app.MapRecordGroup<SettingRegistration>(Collection, "setting-registration", "Setting registrations");
        registrations.MapPost("/", Record).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        registrations.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        registrations.MapPost("/{id:guid}/close", Close).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        registrations.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        registrations.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.EarlyYears.ReadScope);
        registrations.MapGet("/", List).RequireAuthorization(ApiResources.EarlyYears.ReadScope);
        app.MapPost("/admin/republish/setting-registrations", Republish).WithTags("Administration").RequireAuthorization(ApiResources.EarlyYears.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<SettingRegistrationResponse>, ValidationProblem>> Record(
        RegisterAtSettingRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var registration = new SettingRegistration { Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), ProviderUrn = "", SettingName = "", CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(registration);
        return await RecordEndpoints.CreateAsync(db, registration, SettingRegistrationEvents.Recorded(registration, now), Collection, SettingRegistrationResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<SettingRegistrationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RegisterAtSettingRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<SettingRegistration, SettingRegistrationResponse>(
            db,
            id,
            http,
            _ => request.Validate(today),
            registration =>
            {
                registration.ReplaceChild(request.Child!);
                request.ApplyTo(registration);
                registration.Touch(now);
            },
            registration => SettingRegistrationEvents.Changed(registration, now),
            SettingRegistrationResponse.From,
            cancellationToken);
    }

    /// <summary>The child has left the setting.</summary>
    private static async Task<Results<Ok<SettingRegistrationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseRecordRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<SettingRegistration, SettingRegistrationResponse>(
            db,
            id,
            http,
            current => request.Validate(today, current.StartDate),
            registration =>
            {
                registration.EndDate = request.EndDate;
                registration.Close(now);
            },
            registration => SettingRegistrationEvents.Changed(registration, now),
            SettingRegistrationResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<SettingRegistrationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.DeleteAsync<SettingRegistration, SettingRegistrationResponse>(
            db, id, request, http, now, registration => SettingRegistrationEvents.Changed(registration, now), SettingRegistrationResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<SettingRegistrationResponse>, NotFound>> Get(Guid id, EarlyYearsDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<SettingRegistration, SettingRegistrationResponse>(db, id, SettingRegistrationResponse.From, response, cancellationToken);

    private static async Task<Results<Ok<Paged<SettingRegistrationResponse>>, ValidationProblem>> List(
        [AsParameters] SettingRegistrationListQuery query, EarlyYearsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().ValidatePaging(query.Page, query.PageSize);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var registrations = db.SettingRegistrations.AsNoTracking().WhereChild(query);
        if (!string.IsNullOrWhiteSpace(query.ProviderUrn))
        {
            var urn = query.ProviderUrn.Trim().ToUpperInvariant().Replace("EY", "", StringComparison.Ordinal);
            registrations = registrations.Where(r => r.ProviderUrn == urn);
        }

        if (query.ActiveOn is { } day)
        {
            registrations = registrations.Where(r => r.StartDate <= day && (r.EndDate == null || r.EndDate >= day));
        }

        return TypedResults.Ok(await registrations.OrderBy(r => r.Id).ToPagedAsync(query.Page, query.PageSize, SettingRegistrationResponse.From, cancellationToken));
    }

    private static async Task<Accepted<RepublishResponse>> Republish(EarlyYearsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync<SettingRegistration>(db, SettingRegistrationEvents.Changed, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse("setting-registration", count));
    }
}
