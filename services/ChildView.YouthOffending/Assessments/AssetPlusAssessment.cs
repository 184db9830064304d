using ChildView.ServiceKit.Children;

namespace ChildView.YouthOffending.Assessments;

/// <summary>The summary of an AssetPlus assessment: its date and the three ratings it concluded with.</summary>
public sealed class AssetPlusAssessment : ChildRecord
{
    public DateOnly AssessmentDate { get; set; }

    /// <summary>One of <see cref="AssetPlusRatings.FourLevel"/>.</summary>
    public required string RiskOfSeriousHarm { get; set; }

    /// <summary>One of <see cref="AssetPlusRatings.FourLevel"/>.</summary>
    public required string SafetyAndWellbeing { get; set; }

    /// <summary>One of <see cref="AssetPlusRatings.Reoffending"/>.</summary>
    public required string LikelihoodOfReoffending { get; set; }
}
