using ChildView.ServiceKit.Access.Postgres;

namespace ChildView.SocialCare.Data;

/// <summary>The table of each social care record type; the plans and enquiries follow a referral, and case allocations decide team and caseload.</summary>
public static class SocialCareDatabaseTables
{
    public static readonly ServiceDatabaseTables Tables = new(SocialCareApi.ServiceName, new AllocationTable("case_allocations", "team", "worker_id"),
    [
        new RecordTable("referral", "referrals"),
        new RecordTable("assessment", "assessments") { Reads = ["referrals"] },
        new RecordTable("section47-enquiry", "section47_enquiries") { Reads = ["referrals"] },
        new RecordTable("child-protection-plan", "child_protection_plans") { Reads = ["referrals"] },
        new RecordTable("child-in-need-plan", "child_in_need_plans") { Reads = ["referrals"] },
        new RecordTable("looked-after-episode", "looked_after_episodes"),
        new RecordTable("care-family-member", "care_family_members"),
        new RecordTable("case-note", "case_notes"),
        new RecordTable("case-allocation", "case_allocations"),
    ]);
}
