using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Security;
using ChildView.EarlyYears.Data;
using ChildView.Messaging.Outbox;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildView.EarlyYears.Settings;

public static class SettingRegistrationsApi
{
    public static IEndpointRouteBuilder MapSettingRegistrationsApi(this IEndpointRouteBuilder app)
    {
        var registrations = app.MapGroup("/setting-registrations").WithTags("Setting registrations");
        registrations.MapPost("/", Register).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        registrations.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.EarlyYears.ReadScope);
        return app;
    }

    private static async Task<Results<Created<SettingRegistrationResponse>, ValidationProblem>> Register(
        RegisterAtSettingRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var registration = new SettingRegistration
        {
            Id = Guid.CreateVersion7(now),
            Child = request.Child!.ToDetails(),
            ProviderUrn = request.NormalisedUrn!,
            SettingName = request.SettingName!.Trim(),
            StartDate = request.StartDate!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.SettingRegistrations.Add(registration);
        db.AddIntegrationEvent(new SettingRegistrationRecorded(
            Guid.CreateVersion7(now), SourceSystems.EarlyYears, registration.Version, now, registration.Child.ToIdentity(SourceSystems.EarlyYears),
            registration.Id, registration.ProviderUrn, registration.SettingName, registration.StartDate));
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(response, registration.Version);
        return TypedResults.Created($"/setting-registrations/{registration.Id}", SettingRegistrationResponse.From(registration));
    }

    private static async Task<Results<Ok<SettingRegistrationResponse>, NotFound>> Get(Guid id, EarlyYearsDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var registration = await db.SettingRegistrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (registration is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(response, registration.Version);
        return TypedResults.Ok(SettingRegistrationResponse.From(registration));
    }
}
