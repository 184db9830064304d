namespace ChildView.Identity.Users;

/// <summary>
/// One user per job role (two social workers in different teams, to show team scoping), for demos,
/// local development and tests. All share <see cref="Password"/>; they are only created when
/// <c>Identity:SeedDemoUsers</c> is true, never in production.
/// </summary>
public static class DemoUsers
{
    public const string Password = "ChildView-Demo-1";

    public sealed record DemoUser(string UserName, string DisplayName, string Role, string Team);

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("sw.jones", "Sam Jones", JobRoles.SocialWorker, "north-cin"),
        new("sw.ahmed", "Aisha Ahmed", JobRoles.SocialWorker, "south-cin"),
        new("tm.patel", "Priya Patel", JobRoles.SocialCareTeamManager, "north-cin"),
        new("ewo.smith", "Chris Smith", JobRoles.EducationWelfareOfficer, "inclusion"),
        new("sen.khan", "Imran Khan", JobRoles.SenCaseworker, "sen"),
        new("yot.brown", "Jordan Brown", JobRoles.YotOfficer, "yot-east"),
        new("ytm.green", "Jo Green", JobRoles.YotTeamManager, "yot-east"),
        new("ey.wilson", "Emma Wilson", JobRoles.EarlyYearsPractitioner, "early-help-north"),
        new("eytm.clarke", "Sophie Clarke", JobRoles.EarlyYearsTeamManager, "early-help-north"),
        new("mash.taylor", "Alex Taylor", JobRoles.MashOfficer, "mash"),
        new("dpo.evans", "Morgan Evans", JobRoles.DataProtectionOfficer, "information-governance"),
        new("admin", "Platform Administrator", JobRoles.SystemAdministrator, "platform"),
    ];
}
