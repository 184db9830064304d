using ChildView.Contracts.IntegrationEvents;

namespace ChildView.EarlyYears.Settings;

public static class SettingRegistrationEvents
{
    public static SettingRegistrationRecorded Recorded(SettingRegistration r, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.EarlyYears, r.Version, now, r.Child.ToIdentity(SourceSystems.EarlyYears),
        r.Id, r.ProviderUrn, r.SettingName, r.StartDate, r.EndDate, r.State);

    public static SettingRegistrationChanged Changed(SettingRegistration r, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.EarlyYears, r.Version, now, r.Child.ToIdentity(SourceSystems.EarlyYears),
        r.Id, r.State, r.ProviderUrn, r.SettingName, r.StartDate, r.EndDate);
}
