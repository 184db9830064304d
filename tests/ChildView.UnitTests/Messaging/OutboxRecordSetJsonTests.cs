using System.Text.Json;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Outbox;

namespace ChildView.UnitTests.Messaging;

public sealed class OutboxRecordSetJsonTests
{
    [Fact]
    public void Sequential_ids_are_stored_as_runs_and_read_back_exactly()
    {
        var first = Guid.Parse("0190b5c6-0000-7000-8000-00000000fffe");
        var ids = Enumerable.Range(0, 50_000).Select(i => Add(first, i)).ToList();

        var json = JsonSerializer.Serialize(new OutboxRecordSet(ids), IntegrationEventJson.Options);
        var read = JsonSerializer.Deserialize<OutboxRecordSet>(json, IntegrationEventJson.Options)!;

        Assert.Equal("""{"recordIds":[["0190b5c6-0000-7000-8000-00000000fffe",50000]]}""", json);
        Assert.Equal(ids, read.RecordIds);
        Assert.Equal(Guid.Parse("0190b5c6-0000-7000-8000-00000001c34d"), read.RecordIds[^1]);
    }

    [Fact]
    public void Unrelated_ids_keep_their_order_as_runs_of_one()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        var mixed = ids.Concat([Add(ids[2], 1), Add(ids[2], 2)]).ToList();

        var read = JsonSerializer.Deserialize<OutboxRecordSet>(JsonSerializer.Serialize(new OutboxRecordSet(mixed), IntegrationEventJson.Options), IntegrationEventJson.Options)!;

        Assert.Equal(mixed, read.RecordIds);
    }

    [Theory]
    [InlineData("""{"recordIds":[["0190b5c6-0000-7000-8000-000000000001",0]]}""")]
    [InlineData("""{"recordIds":[["not an id",1]]}""")]
    [InlineData("""{"recordIds":["0190b5c6-0000-7000-8000-000000000001"]}""")]
    [InlineData("""{"recordIds":[["0190b5c6-0000-7000-8000-000000000001",2,3]]}""")]
    public void A_malformed_run_is_an_error_not_a_shorter_list(string json)
    {
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize<OutboxRecordSet>(json, IntegrationEventJson.Options));
    }

    private static Guid Add(Guid id, int offset)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        var number = System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(bytes) + (UInt128)offset;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, number);
        return new Guid(bytes, bigEndian: true);
    }
}
