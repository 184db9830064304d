using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ServiceKit.Records;

/// <summary>
/// What a feature declares about one record type: where it lives, the policy's name for it, how it is
/// answered and which events tell the profile about it. <see cref="RecordEndpoints{TRecord, TResponse}"/>
/// does the rest the same way for every record of every service.
/// </summary>
/// <param name="Resource">The service's API resource: its read, write and admin scopes guard the endpoints.</param>
/// <param name="Route">The record group's route (<c>/case-notes</c>); the admin republish route is <c>/admin/republish{Route}</c>.</param>
/// <param name="RecordType">The access policy's name for the record type (<c>case-note</c>).</param>
/// <param name="Tag">The OpenAPI tag.</param>
/// <param name="Respond">The response body for a record.</param>
/// <param name="Recorded">The version-1 event, staged with the create.</param>
/// <param name="Changed">The event for every later version (and for a republish).</param>
public sealed record RecordApi<TRecord, TResponse>(
    ApiResource Resource,
    string Route,
    string RecordType,
    string Tag,
    Func<TRecord, TResponse> Respond,
    Func<TRecord, DateTimeOffset, IIntegrationEvent> Recorded,
    Func<TRecord, DateTimeOffset, IIntegrationEvent> Changed)
    where TRecord : ChildRecord
{
    /// <summary>Where the records sit under <see cref="Route"/> when the group also holds other actions (<c>/summaries</c>); empty for most.</summary>
    public string RecordsPath { get; init; } = "";

    /// <summary>The admin route that republishes every record of the type.</summary>
    public string RepublishRoute { get; init; } = $"/admin/republish{Route}";

    /// <summary>Runs before every create and change is saved, after the feature applied it (Education copies the pupil's child block here).</summary>
    public Func<TRecord, RecordWrite, CancellationToken, Task<Refusal?>>? BeforeSave { get; init; }

    /// <summary>Turns a save the database refused (a unique index, under a race) into the feature's answer; null lets it fail.</summary>
    public Func<DbUpdateException, Refusal?>? SaveRefused { get; init; }

    internal string Location(Guid id) => $"{Route}{RecordsPath}/{id}";
}
