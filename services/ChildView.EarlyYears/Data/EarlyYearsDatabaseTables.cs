using ChildView.ServiceKit.Access.Postgres;

namespace ChildView.EarlyYears.Data;

/// <summary>The table of each early years record type; early years allocations decide team and caseload.</summary>
public static class EarlyYearsDatabaseTables
{
    public static readonly ServiceDatabaseTables Tables = new(EarlyYearsApi.ServiceName, new AllocationTable("early_years_allocations", "team_code", "practitioner_id"),
    [
        new RecordTable("setting-registration", "setting_registrations"),
        new RecordTable("funded-entitlement", "funded_entitlements"),
        new RecordTable("early-help-episode", "early_help_episodes"),
        new RecordTable("developmental-check", "developmental_checks"),
        new RecordTable("early-years-family-member", "early_years_family_members"),
        new RecordTable("early-years-allocation", "early_years_allocations"),
    ]);
}
