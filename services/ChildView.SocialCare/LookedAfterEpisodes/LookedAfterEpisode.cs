using ChildView.ServiceKit.Children;

namespace ChildView.SocialCare.LookedAfterEpisodes;

/// <summary>An SSDA903 episode of care: a period with one legal status and one placement.</summary>
public sealed class LookedAfterEpisode : ChildRecord
{
    /// <summary>DECOM.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>RNE.</summary>
    public required string ReasonForNewEpisode { get; set; }

    /// <summary>LS.</summary>
    public required string LegalStatus { get; set; }

    /// <summary>PLACE.</summary>
    public required string PlacementType { get; set; }

    /// <summary>PLACE_PROVIDER.</summary>
    public required string PlacementProvider { get; set; }

    /// <summary>DEC; set when the episode is closed.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>REC; set with the end date.</summary>
    public string? ReasonEnded { get; set; }
}
