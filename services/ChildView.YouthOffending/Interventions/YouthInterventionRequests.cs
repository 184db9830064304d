using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Records;

namespace ChildView.YouthOffending.Interventions;

/// <summary>Records (or, on PUT, replaces) an intervention. An end date may be given for one recorded after it finished, which closes it.</summary>
public sealed record RecordInterventionRequest(ChildDetailsRequest? Child, string? InterventionType, string? Description, DateOnly? StartDate, DateOnly? EndDate)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .ValidateChild("child", Child, today)
        .OneOf("interventionType", InterventionType, InterventionTypes.All)
        .Optional("description", Description, 500)
        .When(StartDate is null, "startDate", "Required.")
        .When(StartDate > today.AddYears(1), "startDate", "Must be within a year from today.")
        .When(Child?.DateOfBirth is { } born && StartDate < born, "startDate", "Must not be before the child's date of birth.")
        .When(EndDate > today, "endDate", "Must not be in the future.")
        .When(EndDate < StartDate, "endDate", "Must not be before the start date.");

    public void ApplyTo(YouthIntervention intervention)
    {
        intervention.InterventionType = InterventionType!;
        intervention.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        intervention.StartDate = StartDate!.Value;
        intervention.EndDate = EndDate;
        intervention.State = EndDate is null ? RecordState.Open : RecordState.Closed;
    }
}

public sealed record YouthInterventionResponse(
    Guid Id, long Version, RecordState State, ChildDetails Child, string InterventionType, string? Description, DateOnly StartDate, DateOnly? EndDate,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static YouthInterventionResponse From(YouthIntervention i) =>
        new(i.Id, i.Version, i.State, i.Child, i.InterventionType, i.Description, i.StartDate, i.EndDate, i.CreatedAt, i.UpdatedAt);
}

public sealed class YouthInterventionListQuery : RecordListQuery
{
    public string? InterventionType { get; set; }

    public DateOnly? ActiveOn { get; set; }

    public override ValidationErrors Validate() =>
        base.Validate().OneOf("interventionType", InterventionType, InterventionTypes.All, required: false);
}
