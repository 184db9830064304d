using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Audit;
using ChildView.ChildProfile.Audit.Postgres;
using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Stewardship.Postgres;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Stewardship;

/// <summary>
/// The data steward's desk for the master child index: the queue of possible matches with their
/// evidence, decisions on them, merges of duplicates found otherwise, unmerges, and how a child's
/// source records were linked. Merges, unmerges and "different children" are kept as steward decisions,
/// which the linker honours and a rebuilt profile replays (exported with GET /identity/decisions,
/// replayed with POST /identity/decisions/replay before the services republish). Reads run under the
/// steward's database role; every call is audited.
/// </summary>
public static class StewardApi
{
    private const string Refusal = "Only a data steward works the identity review queue.";

    public static IEndpointRouteBuilder MapStewardApi(this IEndpointRouteBuilder app)
    {
        var identity = app.MapGroup("/identity").WithTags("Identity resolution");
        identity.MapGet("/reviews", Reviews).RequireAuthorization(ApiResources.Profile.ReadScope);
        identity.MapGet("/reviews/{id:guid}", Review).RequireAuthorization(ApiResources.Profile.ReadScope);
        identity.MapPost("/reviews/{id:guid}/decision", Decide).RequireAuthorization(ApiResources.Profile.WriteScope!);
        identity.MapPost("/merges", Merge).RequireAuthorization(ApiResources.Profile.WriteScope!);
        identity.MapGet("/merges/{id:guid}", MergeById).RequireAuthorization(ApiResources.Profile.ReadScope);
        identity.MapPost("/merges/{id:guid}/unmerge", Unmerge).RequireAuthorization(ApiResources.Profile.WriteScope!);
        identity.MapPost("/separations", Separate).RequireAuthorization(ApiResources.Profile.WriteScope!);
        identity.MapGet("/children/{id:guid}/links", Links).RequireAuthorization(ApiResources.Profile.ReadScope);
        identity.MapGet("/decisions", Decisions).RequireAuthorization(ApiResources.Profile.ReadScope);
        identity.MapPost("/decisions/replay", Replay).RequireAuthorization(ApiResources.Profile.WriteScope!);
        return app;
    }

    private static async Task<Results<Ok<Paged<ReviewResponse>>, ValidationProblem, ProblemHttpResult>> Reviews(
        [AsParameters] ReviewQuery query, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        if (Steward(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.IdentityReview, null, Refusal);
        }

        var statuses = new HashSet<string>([IdentityReviewStatus.Open, IdentityReviewStatus.Merged, IdentityReviewStatus.KeptApart, IdentityReviewStatus.Superseded], StringComparer.Ordinal);
        var errors = new ValidationErrors().OneOf("status", query.Status, statuses, required: false).ValidatePaging(query.Page, query.PageSize);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var (page, size) = (query.Page ?? 1, query.PageSize ?? Paging.DefaultPageSize);
        var status = query.Status ?? IdentityReviewStatus.Open;
        var result = await session.RunAsync(caller, async connection =>
        {
            var (items, total) = await StewardQueries.ReviewsAsync(connection, status, page, size, cancellationToken);
            await AuditAsync(connection, caller, http, null, $"allowed: {items.Count} {status} reviews", cancellationToken);
            return new Paged<ReviewResponse>(items, page, size, total);
        }, cancellationToken);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<ReviewResponse>, NotFound, ProblemHttpResult>> Review(
        Guid id, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        if (Steward(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.IdentityReview, null, Refusal);
        }

        var review = await session.RunAsync(caller, async connection =>
        {
            var found = await StewardQueries.ReviewAsync(connection, id, cancellationToken);
            await AuditAsync(connection, caller, http, found?.ChildId, found is null ? "not-found" : $"allowed: review {id}", cancellationToken);
            return found;
        }, cancellationToken);
        return review is null ? TypedResults.NotFound() : TypedResults.Ok(review);
    }

    private static async Task<Results<Ok<ReviewResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Decide(
        Guid id, ReviewDecisionRequest request, HttpContext http, ProfileDbContext db, ChildMerger merger, StewardDecisions decisions,
        ProfileReadSession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Steward(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.IdentityDecision, null, Refusal);
        }

        var errors = request.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var review = await db.IdentityReviews.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null)
        {
            return TypedResults.NotFound();
        }

        if (review.Status != IdentityReviewStatus.Open)
        {
            return Conflict($"Review {id} was already decided: {review.Status} by {review.DecidedBy}.");
        }

        var reason = request.Reason!.Trim();
        string outcome;
        if (request.Decision == ReviewDecisionRequest.SameChild)
        {
            try
            {
                var merge = await merger.MergeAsync(review.CandidateChildId, review.ChildId, review.Id, caller.UserName, reason, cancellationToken);
                outcome = $"same child: merged {review.ChildId} into {review.CandidateChildId} (merge {merge.Id})";
            }
            catch (StewardActionRefusedException refused)
            {
                return Conflict(refused.Message);
            }
        }
        else
        {
            var now = clock.GetUtcNow();
            review.Status = IdentityReviewStatus.KeptApart;
            review.DecidedBy = caller.UserName;
            review.DecidedAt = now;
            review.Reason = reason;
            var decision = new StewardDecision
            {
                Id = Guid.CreateVersion7(now),
                Kind = StewardDecisionKinds.NotSamePerson,
                Keys = await decisions.KeysOfAsync(review.ChildId, cancellationToken),
                OtherKeys = await decisions.KeysOfAsync(review.CandidateChildId, cancellationToken),
                ReviewId = review.Id,
                DecidedBy = caller.UserName,
                Reason = reason,
                DecidedAt = now,
            };
            await decisions.RecordAsync(decision, cancellationToken);
            // One save, one transaction: the review is never decided without the decision that lasts.
            await db.SaveChangesAsync(cancellationToken);
            outcome = $"different children: {review.ChildId} and {review.CandidateChildId} kept apart (decision {decision.Id})";
        }

        var decided = await session.RunAsync(caller, async connection =>
        {
            await AuditAsync(connection, caller, http, review.CandidateChildId, outcome, cancellationToken, AuditActions.IdentityDecision, reason);
            return await StewardQueries.ReviewAsync(connection, id, cancellationToken);
        }, cancellationToken);
        return TypedResults.Ok(decided!);
    }

    private static async Task<Results<Created<MergeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Merge(
        MergeRequest request, HttpContext http, ChildMerger merger, ProfileReadSession session, CancellationToken cancellationToken)
    {
        if (Steward(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.IdentityMerge, request.MergedChildId, Refusal);
        }

        var errors = request.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var reason = request.Reason!.Trim();
        try
        {
            var merge = await merger.MergeAsync(request.SurvivorChildId!.Value, request.MergedChildId!.Value, null, caller.UserName, reason, cancellationToken);
            var response = await session.RunAsync(caller, async connection =>
            {
                await AuditAsync(connection, caller, http, merge.SurvivorChildId, $"merged {merge.MergedChildId} into {merge.SurvivorChildId} (merge {merge.Id})",
                    cancellationToken, AuditActions.IdentityMerge, reason);
                return await StewardQueries.MergeAsync(connection, merge.Id, cancellationToken);
            }, cancellationToken);
            return TypedResults.Created($"/identity/merges/{merge.Id}", response!);
        }
        catch (KeyNotFoundException)
        {
            return TypedResults.NotFound();
        }
        catch (StewardActionRefusedException refused)
        {
            return Conflict(refused.Message);
        }
    }

    private static async Task<Results<Ok<MergeResponse>, NotFound, ProblemHttpResult>> MergeById(
        Guid id, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        if (Steward(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.IdentityReview, null, Refusal);
        }

        var merge = await session.RunAsync(caller, async connection =>
        {
            var found = await StewardQueries.MergeAsync(connection, id, cancellationToken);
            await AuditAsync(connection, caller, http, found?.SurvivorChildId, found is null ? "not-found" : $"allowed: merge {id}", cancellationToken);
            return found;
        }, cancellationToken);
        return merge is null ? TypedResults.NotFound() : TypedResults.Ok(merge);
    }

    private static async Task<Results<Ok<MergeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Unmerge(
        Guid id, UnmergeRequest request, HttpContext http, ChildMerger merger, ProfileReadSession session, CancellationToken cancellationToken)
    {
        if (Steward(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.IdentityUnmerge, null, Refusal);
        }

        var errors = request.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var reason = request.Reason!.Trim();
        try
        {
            var merge = await merger.UnmergeAsync(id, caller.UserName, reason, cancellationToken);
            var response = await session.RunAsync(caller, async connection =>
            {
                await AuditAsync(connection, caller, http, merge.MergedChildId, $"unmerged {merge.MergedChildId} from {merge.SurvivorChildId} (merge {merge.Id})",
                    cancellationToken, AuditActions.IdentityUnmerge, reason);
                return await StewardQueries.MergeAsync(connection, id, cancellationToken);
            }, cancellationToken);
            return TypedResults.Ok(response!);
        }
        catch (KeyNotFoundException)
        {
            return TypedResults.NotFound();
        }
        catch (StewardActionRefusedException refused)
        {
            return Conflict(refused.Message);
        }
    }

    /// <summary>"These are different children", said of two children with or without a review about them.</summary>
    private static async Task<Results<Created<StewardDecisionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Separate(
        SeparationRequest request, HttpContext http, ChildSeparator separator, ProfileReadSession session, CancellationToken cancellationToken)
    {
        if (Steward(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.IdentityDecision, request.ChildId, Refusal);
        }

        var errors = request.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var reason = request.Reason!.Trim();
        try
        {
            var decision = await separator.SeparateAsync(request.ChildId!.Value, request.OtherChildId!.Value, caller.UserName, reason, cancellationToken);
            await session.RunAsync(caller, async connection =>
            {
                await AuditAsync(connection, caller, http, request.ChildId, $"different children: {request.ChildId} and {request.OtherChildId} kept apart (decision {decision.Id})",
                    cancellationToken, AuditActions.IdentityDecision, reason);
                return decision;
            }, cancellationToken);
            // A decision has no address of its own: it is listed, signed, by GET /identity/decisions.
            return TypedResults.Created((string?)null, StewardDecisionResponse.From(decision));
        }
        catch (KeyNotFoundException)
        {
            return TypedResults.NotFound();
        }
        catch (StewardActionRefusedException refused)
        {
            return Conflict(refused.Message);
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<SourceLinkResponse>>, ProblemHttpResult>> Links(
        Guid id, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        if (Steward(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.IdentityReview, id, Refusal);
        }

        var links = await session.RunAsync(caller, async connection =>
        {
            var found = await StewardQueries.LinksAsync(connection, id, cancellationToken);
            await AuditAsync(connection, caller, http, id, $"allowed: {found.Count} source links", cancellationToken);
            return found;
        }, cancellationToken);
        return TypedResults.Ok(links);
    }

    private static async Task<Results<Ok<IReadOnlyList<StewardDecisionResponse>>, ProblemHttpResult>> Decisions(
        HttpContext http, ProfileReadSession session, DecisionSeal seal, CancellationToken cancellationToken)
    {
        if (Steward(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.IdentityReview, null, Refusal);
        }

        var decisions = await session.RunAsync(caller, async connection =>
        {
            var found = await StewardQueries.DecisionsAsync(connection, cancellationToken);
            await AuditAsync(connection, caller, http, null, $"allowed: {found.Count} steward decisions", cancellationToken);
            return found;
        }, cancellationToken);
        return TypedResults.Ok(seal.Sign(decisions));
    }

    /// <summary>
    /// Puts the decisions exported before a rebuild back, in their order, before the services
    /// republish: they then decide the links as the records arrive. Decisions already held are skipped.
    /// Only a whole export, exactly as signed, is replayed, and all of it or nothing; each decision keeps
    /// who took it and is marked with who replayed it.
    /// </summary>
    private static async Task<Results<Ok<DecisionReplayResponse>, ValidationProblem, ProblemHttpResult>> Replay(
        DecisionReplayRequest request, HttpContext http, ProfileDbContext db, StewardDecisions decisions, DecisionSeal seal, ProfileReadSession session,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Steward(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.IdentityDecision, null, Refusal);
        }

        var errors = request.Validate();
        if (errors.IsValid)
        {
            errors = request.Verify(seal);
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        int replayed;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            replayed = await decisions.ReplayAsync(request.ToDecisions(caller.UserName, clock.GetUtcNow()), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var response = new DecisionReplayResponse(replayed, request.Decisions!.Count - replayed);
        await session.RunAsync(caller, async connection =>
        {
            await AuditAsync(connection, caller, http, null, $"replayed {response.Replayed} steward decisions, {response.AlreadyHeld} already held",
                cancellationToken, AuditActions.IdentityDecision);
            return response;
        }, cancellationToken);
        return TypedResults.Ok(response);
    }

    private static ProfileCaller? Steward(HttpContext http) => ProfileCaller.InRoles(http, AccessPolicy.Current.IdentityStewards);

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "The identity decision cannot be made.");

    private static Task AuditAsync(
        Npgsql.NpgsqlConnection connection, ProfileCaller caller, HttpContext http, Guid? childId, string outcome, CancellationToken cancellationToken,
        string action = AuditActions.IdentityReview, string? purpose = null) =>
        AuditTrail.AppendAsync(connection, caller, new AuditEntry(action, childId, ["identity"], outcome, purpose ?? AccessRequestContext.Purpose(http),
            AccessRequestContext.ClientAddress(http)), cancellationToken);
}
