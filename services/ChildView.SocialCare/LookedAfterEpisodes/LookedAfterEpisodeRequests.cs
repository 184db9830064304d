using ChildView.ServiceKit.Records;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Records;

namespace ChildView.SocialCare.LookedAfterEpisodes;

/// <summary>Starts an episode of care (POST) or corrects one (PUT).</summary>
public sealed record RecordLookedAfterEpisodeRequest(
    ChildDetailsRequest? Child, DateOnly? StartDate, string? ReasonForNewEpisode, string? LegalStatus, string? PlacementType, string? PlacementProvider)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .ValidateChild("child", Child, today)
        .PastDate("startDate", StartDate, today)
        .When(StartDate is { } start && Child?.DateOfBirth is { } born && start < born, "startDate", "Must not be before the child's date of birth.")
        .OneOf("reasonForNewEpisode", ReasonForNewEpisode, Ssda903Codes.ReasonsForNewEpisode)
        .OneOf("legalStatus", LegalStatus, Ssda903Codes.LegalStatuses)
        .OneOf("placementType", PlacementType, Ssda903Codes.PlacementTypes)
        .OneOf("placementProvider", PlacementProvider, Ssda903Codes.PlacementProviders);

    public ValidationErrors ValidateAgainst(LookedAfterEpisode current) =>
        new ValidationErrors().When(current.EndDate is { } end && StartDate > end, "startDate", "Must not be after the episode's end date.");

    /// <summary>Sets every field but the child block.</summary>
    public void ApplyTo(LookedAfterEpisode episode)
    {
        episode.StartDate = StartDate!.Value;
        episode.ReasonForNewEpisode = ReasonForNewEpisode!;
        episode.LegalStatus = LegalStatus!;
        episode.PlacementType = PlacementType!;
        episode.PlacementProvider = PlacementProvider!;
    }
}

/// <summary>Ends (closes) an episode: DEC and REC.</summary>
public sealed record CloseLookedAfterEpisodeRequest(DateOnly? EndDate, string? ReasonEnded)
{
    public ValidationErrors Validate(DateOnly today, DateOnly startDate) => new ValidationErrors()
        .PastDate("endDate", EndDate, today)
        .NotBefore("endDate", EndDate, startDate, "episode's start date")
        .OneOf("reasonEnded", ReasonEnded, Ssda903Codes.ReasonsEpisodeCeased);
}

public sealed record LookedAfterEpisodeResponse(
    Guid Id,
    long Version,
    RecordState State,
    ChildDetails Child,
    DateOnly StartDate,
    string ReasonForNewEpisode,
    string LegalStatus,
    string PlacementType,
    string PlacementProvider,
    DateOnly? EndDate,
    string? ReasonEnded,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static LookedAfterEpisodeResponse From(LookedAfterEpisode e) => new(
        e.Id, e.Version, e.State, e.Child, e.StartDate, e.ReasonForNewEpisode, e.LegalStatus, e.PlacementType, e.PlacementProvider, e.EndDate, e.ReasonEnded, e.CreatedAt, e.UpdatedAt);
}

public sealed class LookedAfterEpisodeListQuery : RecordListQuery
{
    public string? LegalStatus { get; set; }

    public string? PlacementType { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public override ValidationErrors Validate() =>
        InOrder(base.Validate(), "from", From, "to", To);
}
