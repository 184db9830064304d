using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.EarlyYears.Settings;

public static class SettingRegistrationsApi
{
    public static IEndpointRouteBuilder MapSettingRegistrationsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<SettingRegistration, SettingRegistrationResponse>(
                ApiResources.EarlyYears, "/setting-registrations", "setting-registration", "Setting registrations", SettingRegistrationResponse.From,
                SettingRegistrationEvents.Recorded, SettingRegistrationEvents.Changed))
            .Create<RegisterAtSettingRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var registration = new SettingRegistration { Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), ProviderUrn = "", SettingName = "", CreatedAt = write.Now, UpdatedAt = write.Now };
                request.ApplyTo(registration);
                return registration;
            })
            .Update<RegisterAtSettingRequest>((request, today) => request.Validate(today), (request, registration, _) =>
            {
                registration.Child = request.Child!.Replacing(registration.Child);
                request.ApplyTo(registration);
                return null;
            })
            // The child has left the setting.
            .Close<CloseRecordRequest>((request, registration, write) =>
                Refusal.Of(request.Validate(write.Today, registration.StartDate), () => registration.EndDate = request.EndDate))
            .Delete()
            .List<SettingRegistrationListQuery>((registrations, query) =>
            {
                if (!string.IsNullOrWhiteSpace(query.ProviderUrn))
                {
                    var urn = query.ProviderUrn.Trim().ToUpperInvariant().Replace("EY", "", StringComparison.Ordinal);
                    registrations = registrations.Where(r => r.ProviderUrn == urn);
                }

                return query.ActiveOn is { } day ? registrations.Where(r => r.StartDate <= day && (r.EndDate == null || r.EndDate >= day)) : registrations;
            });
        return app;
    }
}
