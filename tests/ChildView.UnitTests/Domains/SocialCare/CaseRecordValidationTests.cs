using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.SocialCare.CareFamilyMembers;
using ChildView.SocialCare.CaseAllocations;
using ChildView.SocialCare.CaseNotes;
using static ChildView.UnitTests.Domains.SocialCare.SocialCareTestData;

namespace ChildView.UnitTests.Domains.SocialCare;

/// <summary>Case notes, allocations and the people around the child.</summary>
public sealed class CaseRecordValidationTests
{
    private const string Secret = "Mother disclosed the boyfriend's name: DO-NOT-LOG";

    [Fact]
    public void A_case_note_needs_a_child_a_past_date_an_author_and_bounded_text()
    {
        Assert.True(new RecordCaseNoteRequest(Child(), Today, "Sam Worker", Secret).Validate(Today).IsValid);

        var errors = new RecordCaseNoteRequest(Child(), Today.AddDays(1), " ", "").Validate(Today).ToDictionary();
        Assert.Equal(["Must not be in the future."], errors["noteDate"]);
        Assert.Equal(["Required."], errors["author"]);
        Assert.Equal(["Required."], errors["text"]);
    }

    [Fact]
    public void Case_note_text_is_limited_and_the_error_never_echoes_it()
    {
        var atLimit = new string('x', CaseNote.MaxTextLength);
        Assert.True(new RecordCaseNoteRequest(Child(), Today, "Sam", atLimit).Validate(Today).IsValid);

        var tooLong = Secret + new string('x', CaseNote.MaxTextLength);
        var message = Assert.Single(new RecordCaseNoteRequest(Child(), Today, "Sam", tooLong).Validate(Today).ToDictionary()["text"]);
        Assert.Equal($"At most {CaseNote.MaxTextLength} characters.", message);
    }

    [Fact]
    public void Nothing_that_might_be_logged_prints_a_case_notes_text()
    {
        var identity = new ChildIdentity("socialcare", "1", "A", "B", null, null, null, null, null);
        var request = new RecordCaseNoteRequest(Child(), Today, "Sam", Secret);
        var note = new CaseNote { Child = ChildDetails(), Author = "Sam", Text = Secret };
        var response = CaseNoteResponse.From(note);
        var recorded = new CaseNoteRecorded(Guid.NewGuid(), "socialcare", 1, DateTimeOffset.UtcNow, identity, Guid.NewGuid(), Today, "Sam", Secret);
        var changed = new CaseNoteChanged(Guid.NewGuid(), "socialcare", 2, DateTimeOffset.UtcNow, identity, Guid.NewGuid(), Today, "Sam", Secret, RecordState.Deleted);

        foreach (var printed in new[] { request.ToString(), note.ToString(), response.ToString(), recorded.ToString(), changed.ToString() })
        {
            Assert.DoesNotContain("DO-NOT-LOG", printed, StringComparison.Ordinal);
        }

        Assert.Contains("[redacted]", recorded.ToString(), StringComparison.Ordinal);
        Assert.Equal(Secret, recorded.Text); // redacted when printed, not lost
    }

    [Fact]
    public void An_allocation_names_the_worker_and_team_and_ends_on_or_after_it_began()
    {
        var from = new DateOnly(2026, 9, 1);
        Assert.True(new RecordCaseAllocationRequest(Child(), "sam.worker", "Matlock CIN Team", from).Validate(Today).IsValid);

        var errors = new RecordCaseAllocationRequest(Child(), null, new string('t', 101), Today.AddDays(1)).Validate(Today).ToDictionary();
        Assert.Equal(["fromDate", "team", "workerId"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.True(new RecordCaseAllocationRequest(Child(), new string('w', 51), "Team", from).Validate(Today).ToDictionary().ContainsKey("workerId"));

        Assert.True(new CloseCaseAllocationRequest(from).Validate(Today, from).IsValid);
        Assert.True(new CloseCaseAllocationRequest(from.AddDays(-1)).Validate(Today, from).ToDictionary().ContainsKey("toDate"));
        Assert.True(new CloseCaseAllocationRequest(Today.AddDays(1)).Validate(Today, from).ToDictionary().ContainsKey("toDate"));

        var ended = new CaseAllocation { Child = ChildDetails(), WorkerId = "w", WorkerName = "W", Team = "T", FromDate = from, ToDate = from.AddDays(3) };
        Assert.True(new RecordCaseAllocationRequest(Child(), "w", "T", from.AddDays(4)).ValidateAgainst(ended).ToDictionary().ContainsKey("fromDate"));
    }

    [Fact]
    public void A_family_member_has_a_known_relationship_and_names()
    {
        var mother = new RecordCareFamilyMemberRequest(Child(), "mother", "Jo", "Hart", new DateOnly(1990, 2, 2), true, new AddressRequest("12 Mill Lane", null, "Matlock", "de4 3ab"));
        Assert.True(mother.Validate(Today).IsValid);
        Assert.True((mother with { DateOfBirth = null, Address = null }).Validate(Today).IsValid);

        var errors = new RecordCareFamilyMemberRequest(Child(), "aunty", "", null, null, null, new AddressRequest(null, null, null, "TOO LONG POSTCODE")).Validate(Today).ToDictionary();
        Assert.True(errors.ContainsKey("relationship"));
        Assert.True(errors.ContainsKey("givenName"));
        Assert.True(errors.ContainsKey("familyName"));
        Assert.True(errors.ContainsKey("address.postcode"));
    }

    [Fact]
    public void A_parent_is_born_before_the_child_but_a_sibling_need_not_be()
    {
        var childBorn = new DateOnly(2013, 4, 17);
        var mother = new RecordCareFamilyMemberRequest(Child(childBorn), "mother", "Jo", "Hart", childBorn, null, null);
        var sibling = mother with { Relationship = "sibling", DateOfBirth = childBorn.AddYears(2) };

        Assert.True(mother.Validate(Today).ToDictionary().ContainsKey("dateOfBirth"));
        Assert.True(sibling.Validate(Today).IsValid);
        Assert.True((sibling with { DateOfBirth = Today.AddDays(1) }).Validate(Today).ToDictionary().ContainsKey("dateOfBirth"));
        Assert.True((mother with { Relationship = "grandparent", DateOfBirth = new DateOnly(1948, 6, 1) }).Validate(Today).IsValid);
        Assert.True((mother with { DateOfBirth = new DateOnly(1899, 12, 31) }).Validate(Today).ToDictionary().ContainsKey("dateOfBirth"));
    }

    [Fact]
    public void Apply_normalises_the_family_members_address()
    {
        var member = new CareFamilyMember { Child = ChildDetails(), Relationship = "", GivenName = "", FamilyName = "" };
        new RecordCareFamilyMemberRequest(Child(), "father", " Lee ", "Hart", null, null, new AddressRequest("1 Road", null, "Matlock", " de4 3ab ")).ApplyTo(member);

        Assert.Equal(("father", "Lee", "DE4 3AB", false), (member.Relationship, member.GivenName, member.Postcode, member.ParentalResponsibility));
    }
}
