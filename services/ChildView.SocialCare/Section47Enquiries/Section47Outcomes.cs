namespace ChildView.SocialCare.Section47Enquiries;

/// <summary>How a section 47 enquiry concluded.</summary>
public static class Section47Outcomes
{
    /// <summary>Concerns not substantiated, no further action.</summary>
    public const string NoFurtherAction = "NFA";

    /// <summary>Concerns substantiated but the child is not at continuing risk of significant harm: support as a child in need.</summary>
    public const string ChildInNeed = "CIN";

    /// <summary>The child may continue to suffer significant harm: an initial child protection conference is convened.</summary>
    public const string ConferenceRequired = "ICPC";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([NoFurtherAction, ChildInNeed, ConferenceRequired], StringComparer.Ordinal);
}
