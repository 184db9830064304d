using ChildView.Contracts.Identifiers;
using ChildView.Contracts.Security;
using ChildView.Education.Data;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChildView.Education.Pupils;

public static class PupilsApi
{
    public static IEndpointRouteBuilder MapPupilsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<Pupil, PupilResponse>(
                ApiResources.Education, "/pupils", "pupil", "Pupils", PupilResponse.From, PupilEvents.Registered, PupilEvents.DetailsChanged)
            {
                SaveRefused = UpnTakenMeanwhile,
            })
            .Create<RegisterPupilRequest>((request, today) => request.Validate(today, requireReasonWhenUpnMissing: true), async (request, write, cancellationToken) =>
            {
                if (await UpnHeldByAnotherPupilAsync(write, request.Child!.Upn, null, cancellationToken))
                {
                    return UpnInUse();
                }

                return new Pupil
                {
                    Id = Guid.CreateVersion7(write.Now),
                    Child = request.Child!.ToDetails(),
                    FormerUpn = UniquePupilNumber.Normalise(request.FormerUpn),
                    UpnUnknownReason = request.UpnUnknownReason,
                    CreatedAt = write.Now,
                    UpdatedAt = write.Now,
                };
            })
            .Update<RegisterPupilRequest>((request, today) => request.Validate(today, requireReasonWhenUpnMissing: true), async (request, pupil, write, cancellationToken) =>
            {
                if (await UpnHeldByAnotherPupilAsync(write, request.Child!.Upn, pupil.Id, cancellationToken))
                {
                    return UpnInUse();
                }

                pupil.Child = request.Child!.Replacing(pupil.Child);
                pupil.FormerUpn = UniquePupilNumber.Normalise(request.FormerUpn);
                pupil.UpnUnknownReason = request.UpnUnknownReason;
                return null;
            })
            .Delete()
            .List();
        return app;
    }

    /// <summary>A UPN names one pupil: a second pupil with a UPN already held (by a pupil not deleted) is a conflict.</summary>
    private static async Task<bool> UpnHeldByAnotherPupilAsync(RecordWrite write, string? upn, Guid? self, CancellationToken cancellationToken) =>
        UniquePupilNumber.Normalise(upn) is { } normalised
        && await ((EducationDbContext)write.Db).Pupils.IgnoreQueryFilters().AnyAsync(p => p.DeletedAt == null && p.Child.Upn == normalised && p.Id != self, cancellationToken);

    /// <summary>Two requests giving the same UPN at once both pass the check above; the database's unique index refuses the second.</summary>
    private static Refusal? UpnTakenMeanwhile(DbUpdateException failure) =>
        failure.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: EducationDbContext.PupilUpnIndex } ? (Refusal)UpnInUse() : null;

    private static ProblemHttpResult UpnInUse() => TypedResults.Problem(new HttpValidationProblemDetails(
        new Dictionary<string, string[]> { ["child.upn"] = ["Another pupil already holds this UPN."] })
    {
        Status = StatusCodes.Status409Conflict,
        Title = "The UPN is already in use.",
    });
}
