using ChildView.Contracts.Directory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.ServiceKit.Access;

/// <summary>
/// The outcome of an allocation check: a refusal to return as it is, or the go-ahead with who is
/// allocating (recorded as <c>AllocatedBy</c>) and, for a new or corrected allocation, the worker as
/// the directory knows them (their canonical user name and display name are what is stored).
/// </summary>
public sealed record AllocationDecision(ProblemHttpResult? Refusal, string AllocatedBy, StaffMember? Worker)
{
    public static AllocationDecision Refused(ProblemHttpResult refusal) => new(refusal, "", null);
}
