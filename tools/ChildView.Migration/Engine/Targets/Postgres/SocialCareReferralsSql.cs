namespace ChildView.Migration.Targets.Postgres;

/// <summary>Social care's <c>referrals</c>: a changed legacy referral is open or closed as its closure date says.</summary>
internal sealed class SocialCareReferralsSql : ITargetSql
{
    public string Table => "referrals";

    public string ExistingChildrenSql => TargetSqlParts.ExistingChildren(Table, "child_nhs_number");

    public string UpdateSql(string stagingTable) => TargetSqlParts.Update(Table, new SocialCareReferralsTarget().Fields, stagingTable,
        ", state = CASE WHEN s.closure_date IS NULL THEN 'Open' ELSE 'Closed' END");

    public string KeptSql(string stagingTable) => TargetSqlParts.Kept(Table, new SocialCareReferralsTarget().Fields, stagingTable);
}
