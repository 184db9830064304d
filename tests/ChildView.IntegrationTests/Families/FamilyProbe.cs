using ChildView.Contracts.IntegrationEvents;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;
using Npgsql;

namespace ChildView.IntegrationTests.Families;

/// <summary>A fictional child known to the services by an NHS number, so every service's records link to one profile child.</summary>
internal sealed record TestChild(string GivenName, string FamilyName, DateOnly DateOfBirth, string NhsNumber)
{
    public ChildIdentity Identity(string source, PostalAddress? address) =>
        new(source, $"{source}-{NhsNumber}", GivenName, FamilyName, DateOfBirth, "F", null, NhsNumber, address);
}

/// <summary>Service events about families, published on the bus, and the profile's derived households read back as its owner.</summary>
internal sealed class FamilyProbe(PlatformFixture platform)
{
    private readonly BusProbe _bus = new(platform);

    /// <summary>Names and streets no other test uses: families are joined by names and addresses, so tests must not share them.</summary>
    public static string Unique(string prefix) =>
        prefix + new string(Enumerable.Range(0, 8).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray());

    public static PostalAddress NewAddress() => TestAddresses.New();

    public static TestChild NewChild(string familyName, DateOnly born, string? givenName = null) =>
        new(givenName ?? Unique("Kid"), familyName, born, TestIdentifiers.NewNhsNumber());

    /// <summary>An enrolment starting on <paramref name="start"/>, placing the child at <paramref name="address"/> from then.</summary>
    public async Task<Guid> EnrolAsync(TestChild child, PostalAddress address, DateOnly start)
    {
        var id = Guid.NewGuid();
        await _bus.PublishAsync(new EnrolmentRecorded(Guid.NewGuid(), SourceSystems.Education, 1, DateTimeOffset.UtcNow, child.Identity(SourceSystems.Education, address),
            id, Guid.NewGuid(), "100001", "8304001", start, null, "C", RecordState.Open));
        return await ChildOfRecordAsync(id, 1);
    }

    public async Task<(Guid ChildId, Guid RecordId)> ReferAsync(TestChild child, PostalAddress address, DateOnly referred)
    {
        var id = Guid.NewGuid();
        await _bus.PublishAsync(new ReferralRecorded(Guid.NewGuid(), SourceSystems.SocialCare, 1, DateTimeOffset.UtcNow, child.Identity(SourceSystems.SocialCare, address),
            id, referred, "2A", "N1"));
        return (await ChildOfRecordAsync(id, 1), id);
    }

    public async Task<(Guid ChildId, Guid RecordId)> ExcludeAsync(TestChild child, PostalAddress address, DateOnly start)
    {
        var id = Guid.NewGuid();
        await _bus.PublishAsync(new ExclusionRecorded(Guid.NewGuid(), SourceSystems.Education, 1, DateTimeOffset.UtcNow, child.Identity(SourceSystems.Education, address),
            id, Guid.NewGuid(), "FIXD", "PP", start, start.AddDays(2), 6, RecordState.Open));
        return (await ChildOfRecordAsync(id, 1), id);
    }

    /// <summary>Social care records a person around the child (codes: mother, father, sibling …) living at <paramref name="address"/>; the child's own address is left unstated.</summary>
    public async Task<Guid> CarePersonAsync(TestChild child, PostalAddress address, string relationship, string givenName, string familyName, DateOnly? born, Guid? memberId = null, long version = 1, RecordState state = RecordState.Open)
    {
        var id = memberId ?? Guid.NewGuid();
        IIntegrationEvent message = version == 1
            ? new CareFamilyMemberRecorded(Guid.NewGuid(), SourceSystems.SocialCare, 1, DateTimeOffset.UtcNow, child.Identity(SourceSystems.SocialCare, null),
                id, relationship, givenName, familyName, born, true, address)
            : new CareFamilyMemberChanged(Guid.NewGuid(), SourceSystems.SocialCare, version, DateTimeOffset.UtcNow, child.Identity(SourceSystems.SocialCare, null),
                id, relationship, givenName, familyName, born, true, address, state);
        await PublishAsync(message);
        await ChildOfRecordAsync(id, version);
        return id;
    }

    /// <summary>A school records a family member of a pupil (common transfer file codes: PAM mother, PAF father, SIB sibling …).</summary>
    public async Task<Guid> SchoolPersonAsync(TestChild child, PostalAddress? childAddress, string code, string givenName, string familyName, DateOnly? born, PostalAddress? personAddress)
    {
        var id = Guid.NewGuid();
        await _bus.PublishAsync(new PupilFamilyMemberRecorded(Guid.NewGuid(), SourceSystems.Education, 1, DateTimeOffset.UtcNow, child.Identity(SourceSystems.Education, childAddress),
            id, Guid.NewGuid(), code, givenName, familyName, born, personAddress, true, RecordState.Open));
        return await ChildOfRecordAsync(id, 1);
    }

    /// <summary>Youth offending records a person who lives with the child (no address of their own).</summary>
    public async Task<Guid> YouthPersonAsync(TestChild child, PostalAddress? childAddress, string relationship, string givenName, string familyName, DateOnly? born)
    {
        var id = Guid.NewGuid();
        await _bus.PublishAsync(new YouthFamilyMemberRecorded(Guid.NewGuid(), SourceSystems.YouthOffending, 1, DateTimeOffset.UtcNow, child.Identity(SourceSystems.YouthOffending, childAddress),
            id, givenName, familyName, relationship, born, true, true, null));
        return await ChildOfRecordAsync(id, 1);
    }

    public async Task<Guid?> FamilyOfAsync(Guid childId)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        await using var query = new NpgsqlCommand("SELECT family_id FROM child_families WHERE child_id = @c", db);
        query.Parameters.AddWithValue("c", childId);
        return await query.ExecuteScalarAsync() as Guid?;
    }

    public async Task<List<(string Line1, DateOnly? From, DateOnly? To)>> StaysAsync(Guid childId)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        await using var query = new NpgsqlCommand("SELECT address_line1, from_date, to_date FROM household_memberships WHERE child_id = @c ORDER BY ordinal", db);
        query.Parameters.AddWithValue("c", childId);
        var stays = new List<(string, DateOnly?, DateOnly?)>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stays.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2)));
        }

        return stays;
    }

    public async Task<string?> LinkAsync(Guid childId, Guid relatedChildId)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        await using var query = new NpgsqlCommand("SELECT relationship || ':' || basis FROM family_links WHERE child_id = @c AND related_child_id = @r", db);
        query.Parameters.AddWithValue("c", childId);
        query.Parameters.AddWithValue("r", relatedChildId);
        return await query.ExecuteScalarAsync() as string;
    }

    private Task PublishAsync(IIntegrationEvent message) => message switch
    {
        CareFamilyMemberRecorded recorded => _bus.PublishAsync(recorded),
        CareFamilyMemberChanged changed => _bus.PublishAsync(changed),
        _ => throw new ArgumentOutOfRangeException(nameof(message)),
    };

    /// <summary>Waits until the profile holds the record at that version (its derivations commit with it) and returns its child.</summary>
    private async Task<Guid> ChildOfRecordAsync(Guid recordId, long version)
    {
        await Poll.UntilAsync(async () => await _bus.RecordVersionAsync(recordId) == version, TimeSpan.FromSeconds(30), $"record {recordId} v{version} in the profile");
        await using var db = await platform.OpenDatabaseAsync("profile");
        await using var query = new NpgsqlCommand("SELECT child_id FROM service_records WHERE record_id = @id", db);
        query.Parameters.AddWithValue("id", recordId);
        return (Guid)(await query.ExecuteScalarAsync())!;
    }
}
