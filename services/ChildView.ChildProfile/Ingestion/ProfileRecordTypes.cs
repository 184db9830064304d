namespace ChildView.ChildProfile.Ingestion;

/// <summary>
/// Every kind of record the profile keeps. The access policy maps each to a section and field; a
/// test fails if a type here is missing from the policy (nobody could see it) or the other way round.
/// </summary>
public static class ProfileRecordTypes
{
    public const string Pupil = "pupil";

    public const string Enrolment = "enrolment";

    public const string AttendanceSummary = "attendance-summary";

    public const string Exclusion = "exclusion";

    public const string SenProvision = "sen-provision";

    public const string FreeSchoolMeals = "free-school-meals";

    public const string PupilFamilyMember = "pupil-family-member";

    public const string Referral = "referral";

    public const string Assessment = "assessment";

    public const string Section47Enquiry = "section47-enquiry";

    public const string ChildProtectionPlan = "child-protection-plan";

    public const string ChildInNeedPlan = "child-in-need-plan";

    public const string LookedAfterEpisode = "looked-after-episode";

    public const string CaseNote = "case-note";

    public const string CareFamilyMember = "care-family-member";

    public const string CaseAllocation = "case-allocation";

    public const string OffenceOutcome = "offence-outcome";

    public const string YouthIntervention = "youth-intervention";

    public const string AssetPlusAssessment = "assetplus-assessment";

    public const string YouthFamilyMember = "youth-family-member";

    public const string YotAllocation = "yot-allocation";

    public const string SettingRegistration = "setting-registration";

    public const string FundedEntitlement = "funded-entitlement";

    public const string DevelopmentalCheck = "developmental-check";

    public const string EarlyHelpEpisode = "early-help-episode";

    public const string EarlyYearsFamilyMember = "early-years-family-member";

    public const string EarlyYearsAllocation = "early-years-allocation";
}
