using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Records;

namespace ChildView.YouthOffending.Assessments;

public sealed record RecordAssetPlusAssessmentRequest(
    ChildDetailsRequest? Child, DateOnly? AssessmentDate, string? RiskOfSeriousHarm, string? SafetyAndWellbeing, string? LikelihoodOfReoffending)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .ValidateChild("child", Child, today)
        .When(AssessmentDate is null, "assessmentDate", "Required.")
        .When(AssessmentDate > today, "assessmentDate", "Must not be in the future.")
        .When(Child?.DateOfBirth is { } born && AssessmentDate < born, "assessmentDate", "Must not be before the child's date of birth.")
        .OneOf("riskOfSeriousHarm", RiskOfSeriousHarm, AssetPlusRatings.FourLevel)
        .OneOf("safetyAndWellbeing", SafetyAndWellbeing, AssetPlusRatings.FourLevel)
        .OneOf("likelihoodOfReoffending", LikelihoodOfReoffending, AssetPlusRatings.Reoffending);

    public void ApplyTo(AssetPlusAssessment assessment)
    {
        assessment.AssessmentDate = AssessmentDate!.Value;
        assessment.RiskOfSeriousHarm = RiskOfSeriousHarm!;
        assessment.SafetyAndWellbeing = SafetyAndWellbeing!;
        assessment.LikelihoodOfReoffending = LikelihoodOfReoffending!;
    }
}

public sealed record AssetPlusAssessmentResponse(
    Guid Id, long Version, RecordState State, ChildDetails Child, DateOnly AssessmentDate, string RiskOfSeriousHarm, string SafetyAndWellbeing, string LikelihoodOfReoffending,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static AssetPlusAssessmentResponse From(AssetPlusAssessment a) => new(
        a.Id, a.Version, a.State, a.Child, a.AssessmentDate, a.RiskOfSeriousHarm, a.SafetyAndWellbeing, a.LikelihoodOfReoffending, a.CreatedAt, a.UpdatedAt);
}

public sealed class AssetPlusAssessmentListQuery : RecordListQuery
{
    public string? RiskOfSeriousHarm { get; set; }

    public DateOnly? AssessedFrom { get; set; }

    public DateOnly? AssessedTo { get; set; }

    public override ValidationErrors Validate() =>
        InOrder(base.Validate(), "assessedFrom", AssessedFrom, "assessedTo", AssessedTo)
            .OneOf("riskOfSeriousHarm", RiskOfSeriousHarm, AssetPlusRatings.FourLevel, required: false);
}
