using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.EarlyYears.DevelopmentalChecks;

/// <summary>2-year developmental checks. A check is a point in time with no end, so there is no close.</summary>
public static class DevelopmentalChecksApi
{
    public static IEndpointRouteBuilder MapDevelopmentalChecksApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<DevelopmentalCheck, DevelopmentalCheckResponse>(
                ApiResources.EarlyYears, "/developmental-checks", "developmental-check", "Developmental checks", DevelopmentalCheckResponse.From,
                DevelopmentalCheckEvents.Recorded, DevelopmentalCheckEvents.Changed))
            .Create<RecordDevelopmentalCheckRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var check = new DevelopmentalCheck
                {
                    Id = Guid.CreateVersion7(write.Now),
                    Child = request.Child!.ToDetails(),
                    Communication = "",
                    GrossMotor = "",
                    FineMotor = "",
                    ProblemSolving = "",
                    PersonalSocial = "",
                    CreatedAt = write.Now,
                    UpdatedAt = write.Now,
                };
                request.ApplyTo(check);
                return check;
            })
            .Update<RecordDevelopmentalCheckRequest>((request, today) => request.Validate(today), (request, check, _) =>
            {
                check.Child = request.Child!.Replacing(check.Child);
                request.ApplyTo(check);
                return null;
            })
            .Delete()
            .List<DevelopmentalCheckListQuery>((checks, query) =>
            {
                if (query.CheckedFrom is { } from)
                {
                    checks = checks.Where(c => c.CheckDate >= from);
                }

                return query.CheckedTo is { } to ? checks.Where(c => c.CheckDate <= to) : checks;
            });
        return app;
    }
}
