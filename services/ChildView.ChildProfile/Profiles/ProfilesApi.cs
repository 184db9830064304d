using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using ChildView.Contracts.Identifiers;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Profiles;

public static class ProfilesApi
{
    public static IEndpointRouteBuilder MapProfilesApi(this IEndpointRouteBuilder app)
    {
        var profiles = app.MapGroup("/profiles").WithTags("Profiles").RequireAuthorization(ApiResources.Profile.ReadScope);
        profiles.MapGet("/{id:guid}", Get);
        profiles.MapGet("/", Search);
        return app;
    }

    private static async Task<Results<Ok<ProfileResponse>, NotFound>> Get(Guid id, ProfileDbContext db, CancellationToken cancellationToken)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (child is null)
        {
            return TypedResults.NotFound();
        }

        var records = await db.ServiceRecords.AsNoTracking()
            .Where(r => r.ChildId == id && r.State != RecordState.Deleted)
            .OrderByDescending(r => r.OccurredOn)
            .ThenBy(r => r.SourceSystem)
            .ToListAsync(cancellationToken);
        var services = records.Select(r => r.SourceSystem).Distinct().Order(StringComparer.Ordinal).ToList();

        return TypedResults.Ok(new ProfileResponse(
            child.Id, child.GivenName, child.FamilyName, child.DateOfBirth, child.Sex, child.Upn, child.NhsNumber, child.Postcode,
            services, records.Select(ServiceRecordResponse.From).ToList()));
    }

    private static async Task<Results<Ok<ProfileSearchResponse>, ValidationProblem>> Search(
        [AsParameters] ProfileSearchRequest request, ProfileDbContext db, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = db.Children.AsNoTracking();
        if (UniquePupilNumber.Normalise(request.Upn) is { } upn)
        {
            query = query.Where(c => db.ChildIdentifiers.Any(i => i.ChildId == c.Id && i.Kind == ChildIdentifier.UpnKind && i.Value == upn));
        }

        if (NhsNumber.Normalise(request.NhsNumber) is { } nhs)
        {
            query = query.Where(c => db.ChildIdentifiers.Any(i => i.ChildId == c.Id && i.Kind == ChildIdentifier.NhsNumberKind && i.Value == nhs));
        }

        if (!string.IsNullOrWhiteSpace(request.FamilyName))
        {
            var familyName = request.FamilyName.Trim().ToLower();
            query = query.Where(c => c.FamilyName.ToLower() == familyName);
        }

        if (!string.IsNullOrWhiteSpace(request.GivenName))
        {
            var givenName = request.GivenName.Trim().ToLower();
            query = query.Where(c => c.GivenName.ToLower().StartsWith(givenName));
        }

        if (request.DateOfBirth is { } dateOfBirth)
        {
            query = query.Where(c => c.DateOfBirth == dateOfBirth);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
            .Skip((request.PageOrDefault - 1) * request.PageSizeOrDefault)
            .Take(request.PageSizeOrDefault)
            .Select(c => new
            {
                c.Id, c.GivenName, c.FamilyName, c.DateOfBirth, c.Postcode,
                Services = db.ServiceRecords.Where(r => r.ChildId == c.Id && r.State != RecordState.Deleted).Select(r => r.SourceSystem).Distinct().ToList(),
            })
            .ToListAsync(cancellationToken);

        var items = page.Select(c => new ProfileSummary(c.Id, c.GivenName, c.FamilyName, c.DateOfBirth, c.Postcode, c.Services.Order(StringComparer.Ordinal).ToList())).ToList();
        return TypedResults.Ok(new ProfileSearchResponse(items, request.PageOrDefault, request.PageSizeOrDefault, total));
    }
}
