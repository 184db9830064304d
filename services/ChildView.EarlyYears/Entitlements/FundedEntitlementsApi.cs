using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.EarlyYears.Entitlements;

public static class FundedEntitlementsApi
{
    public static IEndpointRouteBuilder MapFundedEntitlementsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<FundedEntitlement, FundedEntitlementResponse>(
                ApiResources.EarlyYears, "/funded-entitlements", "funded-entitlement", "Funded entitlements", FundedEntitlementResponse.From,
                FundedEntitlementEvents.Recorded, FundedEntitlementEvents.Changed))
            .Create<RecordFundedEntitlementRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var entitlement = new FundedEntitlement { Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), EntitlementType = "", CreatedAt = write.Now, UpdatedAt = write.Now };
                request.ApplyTo(entitlement);
                return entitlement;
            })
            .Update<RecordFundedEntitlementRequest>((request, today) => request.Validate(today), (request, entitlement, _) =>
            {
                entitlement.Child = request.Child!.Replacing(entitlement.Child);
                request.ApplyTo(entitlement);
                return null;
            })
            .Close<CloseRecordRequest>((request, entitlement, write) =>
                Refusal.Of(request.Validate(write.Today, entitlement.StartDate), () => entitlement.EndDate = request.EndDate))
            .Delete()
            .List<FundedEntitlementListQuery>((entitlements, query) =>
            {
                if (query.EntitlementType is { } type)
                {
                    entitlements = entitlements.Where(e => e.EntitlementType == type);
                }

                return query.ActiveOn is { } day ? entitlements.Where(e => e.StartDate <= day && (e.EndDate == null || e.EndDate >= day)) : entitlements;
            });
        return app;
    }
}
