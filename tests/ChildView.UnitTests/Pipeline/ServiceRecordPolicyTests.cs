using System.Security.Claims;
using ChildView.Contracts.Access;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Pipeline;

namespace ChildView.UnitTests.Pipeline;

/// <summary>The policy's services block, and what the pipeline decides from it for a caller.</summary>
public sealed class ServiceRecordPolicyTests
{
    private static readonly AccessPolicy Policy = AccessPolicy.Current;

    private static ServiceCaller Person(string role, string team = "north-cin") => ServiceCaller.From(
        new ClaimsPrincipal(new ClaimsIdentity([new Claim("preferred_username", "someone"), new Claim("role", role), new Claim("team", team)], "test")), Policy);

    [Fact]
    public void Every_service_record_type_the_apis_map_is_in_the_policy()
    {
        string[] expected =
        [
            "education/pupil", "education/pupil-family-member", "education/enrolment", "education/attendance-summary", "education/exclusion",
            "education/sen-provision", "education/free-school-meals",
            "socialcare/referral", "socialcare/assessment", "socialcare/section47-enquiry", "socialcare/child-protection-plan",
            "socialcare/child-in-need-plan", "socialcare/looked-after-episode", "socialcare/care-family-member", "socialcare/case-note",
            "socialcare/case-allocation",
            "youthoffending/offence-outcome", "youthoffending/youth-intervention", "youthoffending/youth-family-member",
            "youthoffending/assetplus-assessment", "youthoffending/yot-allocation",
            "earlyyears/setting-registration", "earlyyears/funded-entitlement", "earlyyears/early-help-episode",
            "earlyyears/developmental-check", "earlyyears/early-years-family-member", "earlyyears/early-years-allocation",
        ];

        Assert.Equal(expected.Order(), Policy.Services.RecordTypes.Select(t => $"{t.Service}/{t.RecordType}").Order());
    }

    [Theory]
    [InlineData("social-worker", "socialcare", "case-note", RecordAction.List, true)]
    [InlineData("mash-officer", "socialcare", "case-note", RecordAction.List, false)]
    [InlineData("mash-officer", "socialcare", "referral", RecordAction.Create, false)]
    [InlineData("system-administrator", "socialcare", "referral", RecordAction.Read, false)]
    [InlineData("yot-officer", "youthoffending", "yot-allocation", RecordAction.Create, false)]
    [InlineData("social-care-team-manager", "socialcare", "case-allocation", RecordAction.Create, true)]
    [InlineData("early-years-practitioner", "earlyyears", "setting-registration", RecordAction.Delete, true)]
    [InlineData("early-years-practitioner", "earlyyears", "early-years-allocation", RecordAction.Create, false)]
    [InlineData("early-years-practitioner", "earlyyears", "early-years-allocation", RecordAction.Close, false)]
    [InlineData("early-years-team-manager", "earlyyears", "early-years-allocation", RecordAction.Create, true)]
    [InlineData("early-years-team-manager", "earlyyears", "setting-registration", RecordAction.Update, true)]
    [InlineData("early-years-team-manager", "youthoffending", "offence-outcome", RecordAction.List, false)]
    public void A_role_may_or_may_not_act(string role, string service, string recordType, RecordAction action, bool allowed)
    {
        var (_, refusal) = RecordAuthorisation.Decide(Person(role), Policy, service, recordType, action);

        Assert.Equal(allowed, refusal is null);
    }

    [Fact]
    public void Team_and_caseload_rules_become_the_request_scope_and_machines_are_unscoped()
    {
        var (team, _) = RecordAuthorisation.Decide(Person("social-worker"), Policy, "socialcare", "referral", RecordAction.Read);
        var (caseload, _) = RecordAuthorisation.Decide(Person("yot-officer", "yot-east"), Policy, "youthoffending", "assetplus-assessment", RecordAction.Read);
        var (earlyYearsTeam, _) = RecordAuthorisation.Decide(Person("early-years-practitioner", "early-help-north"), Policy, "earlyyears", "setting-registration", RecordAction.List);
        var machine = ServiceCaller.From(new ClaimsPrincipal(new ClaimsIdentity([new Claim("client_id", "socialcare-service")], "test")), Policy);
        var (everyone, refusal) = RecordAuthorisation.Decide(machine, Policy, "socialcare", "case-note", RecordAction.Delete);

        Assert.Equal(["north-cin"], team.Teams!);
        Assert.Equal(["early-help-north"], earlyYearsTeam.Teams!);
        Assert.Equal("someone", caseload.Worker);
        Assert.Null(caseload.Teams);
        Assert.False(everyone.IsRestricted);
        Assert.Null(refusal);
    }

    [Fact]
    public void A_team_rule_in_a_service_without_allocations_is_refused()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Architecture.RepositoryLayout.Root.FullName, "policy", "access-policy.json")))!;
        json["services"]!["services"]![0]!["records"]![0]!["read"]!["education-welfare-officer"] = "team";

        var error = Assert.Throws<InvalidDataException>(() => AccessPolicy.Parse(json.ToJsonString()));
        Assert.Contains("services.education.pupil.read.education-welfare-officer", error.Message, StringComparison.Ordinal);
    }
}
