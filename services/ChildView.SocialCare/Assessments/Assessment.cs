using ChildView.ServiceKit.Children;

namespace ChildView.SocialCare.Assessments;

/// <summary>A CIN census assessment of a referred child: started, then authorised with the factors it identified.</summary>
public sealed class Assessment : ChildRecord
{
    public Guid ReferralId { get; init; }

    public DateOnly StartDate { get; set; }

    /// <summary>The assessment's end: set when it is authorised (closed).</summary>
    public DateOnly? AuthorisationDate { get; set; }

    /// <summary>Census factor codes (see <see cref="AssessmentFactors"/>).</summary>
    public List<string> Factors { get; set; } = [];
}
