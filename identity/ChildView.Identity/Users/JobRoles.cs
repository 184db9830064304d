namespace ChildView.Identity.Users;

/// <summary>The job roles a ChildView user can hold; each appears as a <c>role</c> claim.</summary>
public static class JobRoles
{
    public const string SocialWorker = "social-worker";
    public const string SocialCareTeamManager = "social-care-team-manager";
    public const string EducationWelfareOfficer = "education-welfare-officer";
    public const string SenCaseworker = "sen-caseworker";
    public const string YotOfficer = "yot-officer";
    public const string YotTeamManager = "yot-team-manager";
    public const string EarlyYearsPractitioner = "early-years-practitioner";
    public const string EarlyYearsTeamManager = "early-years-team-manager";
    public const string MashOfficer = "mash-officer";
    public const string DataProtectionOfficer = "data-protection-officer";
    public const string SystemAdministrator = "system-administrator";
}
