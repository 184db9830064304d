using ChildView.ChildProfile.Indicators;
using ChildView.ChildProfile.Profiles.Postgres;
using Npgsql;

namespace ChildView.ChildProfile.Profiles;

/// <summary>The reads one profile is composed of, on a connection whose role and caller are already set.</summary>
public static class ProfileComposition
{
    /// <summary>The child's profile as the view allows, or null when the database shows the caller no such child.</summary>
    public static async Task<ProfileResponse?> ReadAsync(NpgsqlConnection connection, ProfileView view, Guid id, CancellationToken cancellationToken)
    {
        var child = await ProfileQueries.ChildAsync(connection, id, view.Columns, cancellationToken);
        if (child is null)
        {
            return null;
        }

        var standing = await ProfileQueries.StandingAsync(connection, id, cancellationToken);
        var records = view.SeesRecords ? await ProfileQueries.RecordsAsync(connection, id, cancellationToken) : [];
        var services = view.Sees("servicesInvolved") ? (await ProfileQueries.ServicesInvolvedAsync(connection, [id], cancellationToken))[id] : null;
        var composed = view.Compose(child, standing, records, services);
        return view.Sees("flags") ? composed with { Flags = await ProfileFlags.OpenAsync(connection, id, cancellationToken) } : composed;
    }
}
