using ChildView.ServiceKit.Access.Postgres;

namespace ChildView.EarlyYears.Data;

/// <summary>The table of each early years record type.</summary>
public static class EarlyYearsDatabaseTables
{
    public static readonly ServiceDatabaseTables Tables = new(EarlyYearsApi.ServiceName, Allocations: null,
    [
        new RecordTable("setting-registration", "setting_registrations"),
        new RecordTable("funded-entitlement", "funded_entitlements"),
        new RecordTable("early-help-episode", "early_help_episodes"),
        new RecordTable("developmental-check", "developmental_checks"),
        new RecordTable("early-years-family-member", "early_years_family_members"),
    ]);
}
