using ChildView.Education.Common;
using ChildView.ServiceKit.Records;

namespace ChildView.Education.Enrolments;

public static class EnrolmentsApi
{
    public static IEndpointRouteBuilder MapEnrolmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(PupilRecordApi.For<Enrolment, EnrolmentResponse>(
                "/enrolments", "enrolment", "Enrolments", EnrolmentResponse.From, EnrolmentEvents.Recorded, EnrolmentEvents.Changed))
            .Create<EnrolmentRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var enrolment = new Enrolment
                {
                    Id = Guid.CreateVersion7(write.Now),
                    PupilId = request.PupilId!.Value,
                    Child = PupilRecordApi.CopiedFromPupil(),
                    Urn = "",
                    Laestab = "",
                    EnrolmentStatus = "",
                    CreatedAt = write.Now,
                    UpdatedAt = write.Now,
                };
                Apply(request, enrolment);
                return enrolment;
            })
            .Update<EnrolmentRequest>((request, today) => request.Validate(today), (request, enrolment, _) =>
                PupilRecordApi.SamePupil(request.PupilId, enrolment, () => Apply(request, enrolment)))
            // The pupil left the establishment.
            .Close<LeaveEnrolmentRequest>((request, enrolment, write) =>
                Refusal.Of(request.Validate(enrolment.StartDate, write.Today), () => enrolment.SetPeriod(enrolment.StartDate, request.LeaveDate)))
            .Delete()
            .List<EnrolmentListQuery>((enrolments, query) =>
            {
                enrolments = enrolments.OfPupil(query);

                if (!string.IsNullOrWhiteSpace(query.Urn))
                {
                    var urn = query.Urn.Trim();
                    enrolments = enrolments.Where(e => e.Urn == urn);
                }

                return enrolments;
            });
        return app;
    }

    private static void Apply(EnrolmentRequest request, Enrolment enrolment)
    {
        enrolment.Urn = request.Urn!.Trim();
        enrolment.Laestab = request.Laestab!.Trim();
        enrolment.EnrolmentStatus = request.EnrolmentStatus!;
        enrolment.SetPeriod(request.StartDate!.Value, request.LeaveDate);
    }
}
