using ChildView.Education.Common;
using ChildView.ServiceKit.Records;

namespace ChildView.Education.SenProvisions;

public static class SenProvisionsApi
{
    public static IEndpointRouteBuilder MapSenProvisionsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(PupilRecordApi.For<SenProvision, SenProvisionResponse>(
                "/sen-provisions", "sen-provision", "SEN provision", SenProvisionResponse.From, SenProvisionEvents.Recorded, SenProvisionEvents.Changed))
            .Create<SenProvisionRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var provision = new SenProvision
                {
                    Id = Guid.CreateVersion7(write.Now), PupilId = request.PupilId!.Value, Child = PupilRecordApi.CopiedFromPupil(), Provision = request.Provision!, CreatedAt = write.Now, UpdatedAt = write.Now,
                };
                provision.SetPeriod(request.StartDate!.Value, request.EndDate);
                return provision;
            })
            .Update<SenProvisionRequest>((request, today) => request.Validate(today), (request, provision, _) =>
                PupilRecordApi.SamePupil(request.PupilId, provision, () =>
                {
                    provision.Provision = request.Provision!;
                    provision.SetPeriod(request.StartDate!.Value, request.EndDate);
                }))
            .Close<CloseRecordRequest>((request, provision, write) =>
                Refusal.Of(request.Validate(write.Today, provision.StartDate), () => provision.SetPeriod(provision.StartDate, request.EndDate)))
            .Delete()
            .List<SenProvisionListQuery>((provisions, query) =>
            {
                provisions = provisions.OfPupil(query);

                if (!string.IsNullOrWhiteSpace(query.Provision))
                {
                    var provision = query.Provision.Trim();
                    provisions = provisions.Where(p => p.Provision == provision);
                }

                return provisions;
            });
        return app;
    }
}
