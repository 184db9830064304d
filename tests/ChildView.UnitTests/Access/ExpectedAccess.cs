namespace ChildView.UnitTests.Access;

/// <summary>
/// What each job role must and must not see, written by hand from access practice (Working
/// Together 2023, role-based access + legitimate relationship + break-the-glass) and not copied
/// from <c>policy/access-policy.json</c>: the policy is checked against this table, so a wrong
/// policy fails instead of agreeing with itself. Change a cell only with the reasoning for it.
/// </summary>
public static class ExpectedAccess
{
    public const string SocialWorker = "social-worker";
    public const string TeamManager = "social-care-team-manager";
    public const string EducationWelfare = "education-welfare-officer";
    public const string SenCaseworker = "sen-caseworker";
    public const string YotOfficer = "yot-officer";
    public const string YotTeamManager = "yot-team-manager";
    public const string EarlyYears = "early-years-practitioner";
    public const string EarlyYearsTeamManager = "early-years-team-manager";
    public const string Mash = "mash-officer";
    public const string Dpo = "data-protection-officer";
    public const string Admin = "system-administrator";

    /// <summary>The column order of <see cref="Profile"/> and <see cref="Family"/>.</summary>
    public static readonly string[] Roles = [SocialWorker, TeamManager, EducationWelfare, SenCaseworker, YotOfficer, YotTeamManager, EarlyYears, EarlyYearsTeamManager, Mash, Dpo, Admin];

    // Columns:                                   SW        TM    EWO          SEN          YOT          YOT-TM       EY           EY-TM        MASH         DPO   ADMIN
    // Identity details find the right child: every practitioner, and the DPO (subject access, audit). The administrator runs the
    // platform and sees no child. Which services are involved and indicator flags are case information: practitioners only.
    public static readonly IReadOnlyDictionary<string, string> Profile = new Dictionary<string, string>
    {
        ["summary.names"] = "               any       any   any          any          any          any          any          any          any          any   none",
        ["summary.dateOfBirth"] = "         any       any   any          any          any          any          any          any          any          any   none",
        ["summary.identifiers"] = "         any       any   any          any          any          any          any          any          any          any   none",
        ["summary.servicesInvolved"] = "    any       any   any          any          any          any          any          any          any          none  none",
        ["summary.flags"] = "               any       any   any          any          any          any          any          any          any          none  none",

        // Education staff work county-wide; social care sees its team's children; YOT and early years their own cases.
        // Attendance and exclusions are not early years' business unless in an emergency.
        ["education.enrolment"] = "         team      team  any          any          caseload     team         caseload     team         any          none  none",
        ["education.attendance"] = "        team      team  any          any          caseload     team         break-glass  break-glass  any          none  none",
        ["education.exclusions"] = "        team      team  any          any          caseload     team         break-glass  break-glass  any          none  none",
        // SEN and free school meals touch health and family income: the allocated worker, not the whole team, except the manager.
        ["education.sen"] = "               caseload  team  any          any          break-glass  break-glass  caseload     team         any          none  none",
        ["education.family"] = "            team      team  any          any          caseload     team         caseload     team         any          none  none",

        // Safeguarding records: social care's own team, YOT for its cases (joint working), the front door (MASH) for all;
        // schools and early years only in an emergency. Looked-after status goes to the virtual school (EWO, SEN) for their cases.
        ["socialcare.referrals"] = "        team      team  break-glass  break-glass  caseload     team         break-glass  break-glass  any          none  none",
        ["socialcare.plans"] = "            team      team  break-glass  break-glass  caseload     team         break-glass  break-glass  any          none  none",
        ["socialcare.legalStatus"] = "      team      team  caseload     caseload     caseload     team         break-glass  break-glass  any          none  none",
        // Case notes: the social workers and team managers of the child's team. The MASH, which decides what happens to a new
        // safeguarding concern, may need the history behind it in an emergency: only by breaking the glass, reviewed by the DPO.
        ["socialcare.caseNotes"] = "        caseload  team  none         none         none         none         none         none         break-glass  none  none",
        ["socialcare.family"] = "           team      team  break-glass  break-glass  caseload     team         break-glass  break-glass  any          none  none",
        ["socialcare.allocations"] = "      team      team  break-glass  break-glass  caseload     team         break-glass  break-glass  any          none  none",

        // Youth justice: the YOT caseload (officer) or team (manager); the child's own social worker; never early years.
        ["youthjustice.offences"] = "       caseload  team  break-glass  break-glass  team         team         none         none         any          none  none",
        ["youthjustice.outcomes"] = "       caseload  team  break-glass  break-glass  team         team         none         none         any          none  none",
        // AssetPlus risk stays with the YOT caseload/team and the child's own social care team; the MASH may need a risk of serious
        // harm to others when it decides on a sibling's referral, so it has the reviewed emergency route and nobody else has.
        ["youthjustice.risk"] = "           caseload  team  none         none         caseload     team         none         none         break-glass  none  none",
        ["youthjustice.family"] = "         caseload  team  break-glass  break-glass  team         team         none         none         any          none  none",
        ["youthjustice.allocations"] = "    caseload  team  break-glass  break-glass  team         team         none         none         any          none  none",

        // Early years: early help teams (the practitioner, and the manager who allocates their cases); social care for its cases;
        // early help (consent-based) shared with the professionals around the child.
        ["earlyyears.entitlements"] = "     caseload  team  break-glass  break-glass  none         none         team         team         any          none  none",
        ["earlyyears.earlyHelp"] = "        team      team  caseload     caseload     caseload     team         team         team         any          none  none",
        ["earlyyears.family"] = "           caseload  team  break-glass  break-glass  none         none         team         team         any          none  none",
        // Who holds the child's early years case: what the child's records show, so the same readers as the family.
        ["earlyyears.allocations"] = "      caseload  team  break-glass  break-glass  none         none         team         team         any          none  none",
    };

    // The family view: met by the caller's closest relationship to any child of the family.
    public static readonly IReadOnlyDictionary<string, string> Family = new Dictionary<string, string>
    {
        ["family.members"] = "              team      team  any          any          caseload     team         caseload     team         any          none  none",
        ["family.adults"] = "               team      team  any          caseload     caseload     team         caseload     team         any          none  none",
        ["family.households"] = "           team      team  any          any          caseload     team         caseload     team         any          none  none",
    };

    public static readonly IReadOnlySet<string> BreakGlassRoles = Set(SocialWorker, TeamManager, EducationWelfare, SenCaseworker, YotOfficer, YotTeamManager, EarlyYears, EarlyYearsTeamManager, Mash);

    public static readonly IReadOnlySet<string> AuditReaders = Set(Dpo);

    public static readonly IReadOnlySet<string> BreakGlassReviewers = Set(Dpo);

    public static readonly IReadOnlySet<string> IdentityStewards = Set(Dpo);

    public static readonly IReadOnlySet<string> WorklistReaders = Set(SocialWorker, TeamManager, EducationWelfare, EarlyYears, EarlyYearsTeamManager, Mash);

    public static readonly IReadOnlySet<string> WorklistAssigners = Set(TeamManager, EarlyYears, EarlyYearsTeamManager, Mash);

    public static readonly IReadOnlySet<string> FamilyReviewers = Set(TeamManager, EarlyYears, EarlyYearsTeamManager, Mash);

    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> TeamScopedRoles = new Dictionary<string, IReadOnlySet<string>>
    {
        ["socialcare"] = Set(SocialWorker, TeamManager),
        ["youthoffending"] = Set(YotOfficer, YotTeamManager),
        ["education"] = Set(),
        ["earlyyears"] = Set(EarlyYears, EarlyYearsTeamManager),
    };

    /// <summary>The expected rule of one role for "section.field", from <see cref="Profile"/> or <see cref="Family"/>.</summary>
    public static string Rule(string field, string role)
    {
        var row = Profile.TryGetValue(field, out var profileRow) ? profileRow : Family[field];
        var cells = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return cells[Array.IndexOf(Roles, role)];
    }

    private static HashSet<string> Set(params string[] roles) => new(roles, StringComparer.Ordinal);
}
