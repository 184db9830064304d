using ChildView.ServiceKit.Records;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Education.Common;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.Education.SenProvisions;

public sealed record SenProvisionRequest(Guid? PupilId, string? Provision, DateOnly? StartDate, DateOnly? EndDate)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .RequiredId("pupilId", PupilId)
        .OneOf("provision", Provision, SenProvisionTypes.All)
        .ValidatePeriod("startDate", StartDate, "endDate", EndDate, today);
}

public sealed record SenProvisionResponse(
    Guid Id, long Version, RecordState State, Guid PupilId, ChildDetails Child, string Provision, DateOnly StartDate, DateOnly? EndDate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static SenProvisionResponse From(SenProvision s) =>
        new(s.Id, s.Version, s.State, s.PupilId, s.Child, s.Provision, s.StartDate, s.EndDate, s.CreatedAt, s.UpdatedAt);
}

public sealed class SenProvisionListQuery : PupilRecordListQuery
{
    public string? Provision { get; set; }
}
