using ChildView.ServiceKit.Access.Postgres;

namespace ChildView.YouthOffending.Data;

/// <summary>The table of each youth offending record type; YOT allocations decide team and caseload.</summary>
public static class YouthOffendingDatabaseTables
{
    public static readonly ServiceDatabaseTables Tables = new(YouthOffendingApi.ServiceName, new AllocationTable("yot_allocations", "team_code", "officer_id"),
    [
        new RecordTable("offence-outcome", "offence_outcomes"),
        new RecordTable("youth-intervention", "youth_interventions"),
        new RecordTable("youth-family-member", "youth_family_members"),
        new RecordTable("assetplus-assessment", "asset_plus_assessments"),
        new RecordTable("yot-allocation", "yot_allocations"),
    ]);
}
