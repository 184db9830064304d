using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Assessments;
using static ChildView.UnitTests.Domains.SocialCare.SocialCareTestData;

namespace ChildView.UnitTests.Domains.SocialCare;

public sealed class AssessmentValidationTests
{
    private static readonly DateOnly Start = new(2026, 10, 5);

    private static Assessment Stored(DateOnly? authorised = null, List<string>? factors = null) => new()
    {
        Child = ChildDetails(), StartDate = Start, AuthorisationDate = authorised, Factors = factors ?? [], State = authorised is null ? RecordState.Open : RecordState.Closed,
    };

    [Fact]
    public void A_started_assessment_needs_a_referral_and_a_past_start_date_but_no_factors_yet()
    {
        Assert.True(new RecordAssessmentRequest(Guid.NewGuid(), Start, null).Validate(Today).IsValid);
        Assert.True(new RecordAssessmentRequest(Guid.NewGuid(), Start, ["3B", "4B"]).Validate(Today).IsValid);

        var errors = new RecordAssessmentRequest(null, Today.AddDays(1), ["7B"]).Validate(Today).ToDictionary();
        Assert.Equal(["Required."], errors["referralId"]);
        Assert.Equal(["Must not be in the future."], errors["startDate"]);
        Assert.True(errors.ContainsKey("factors[0]"));
        Assert.True(new RecordAssessmentRequest(Guid.Empty, Start, null).Validate(Today).ToDictionary().ContainsKey("referralId"));
    }

    [Fact]
    public void An_assessment_cannot_start_before_its_referral()
    {
        var request = new RecordAssessmentRequest(Guid.NewGuid(), Start, null);

        Assert.True(request.ValidateAgainstReferral(new ValidationErrors(), Start).IsValid);
        Assert.True(request.ValidateAgainstReferral(new ValidationErrors(), Start.AddDays(1)).ToDictionary().ContainsKey("startDate"));
    }

    [Fact]
    public void Authorisation_is_on_or_after_the_start_and_needs_factors()
    {
        Assert.True(new AuthoriseAssessmentRequest(Start, ["21"]).Validate(Today, Stored()).IsValid);
        Assert.True(new AuthoriseAssessmentRequest(Start.AddDays(20), null).Validate(Today, Stored(factors: ["3B"])).IsValid);

        Assert.Equal(["Must not be before the start date."], new AuthoriseAssessmentRequest(Start.AddDays(-1), ["21"]).Validate(Today, Stored()).ToDictionary()["authorisationDate"]);
        Assert.True(new AuthoriseAssessmentRequest(Today.AddDays(1), ["21"]).Validate(Today, Stored()).ToDictionary().ContainsKey("authorisationDate"));
        Assert.True(new AuthoriseAssessmentRequest(null, ["21"]).Validate(Today, Stored()).ToDictionary().ContainsKey("authorisationDate"));
        Assert.True(new AuthoriseAssessmentRequest(Start, null).Validate(Today, Stored()).ToDictionary().ContainsKey("factors"));
        Assert.True(new AuthoriseAssessmentRequest(Start, ["21", "1A"]).Validate(Today, Stored()).ToDictionary().ContainsKey("factors"));
    }

    [Fact]
    public void A_correction_keeps_an_authorised_assessment_consistent()
    {
        var authorised = Stored(authorised: Start.AddDays(10), factors: ["3B"]);

        Assert.True(new UpdateAssessmentRequest(Start.AddDays(10), ["3B"]).ValidateAgainst(authorised).IsValid);
        Assert.True(new UpdateAssessmentRequest(Start.AddDays(11), ["3B"]).ValidateAgainst(authorised).ToDictionary().ContainsKey("startDate"));
        Assert.True(new UpdateAssessmentRequest(Start, []).ValidateAgainst(authorised).ToDictionary().ContainsKey("factors"));
        Assert.True(new UpdateAssessmentRequest(Start, []).ValidateAgainst(Stored()).IsValid);
    }

    [Fact]
    public void Apply_replaces_the_start_date_and_factors()
    {
        var assessment = Stored(factors: ["1A"]);
        new UpdateAssessmentRequest(Start.AddDays(-2), ["2B", "3C"]).ApplyTo(assessment);

        Assert.Equal(Start.AddDays(-2), assessment.StartDate);
        Assert.Equal(["2B", "3C"], assessment.Factors);
    }
}
