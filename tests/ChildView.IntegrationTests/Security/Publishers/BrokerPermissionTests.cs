using System.Text.Json;
using ChildView.ChildProfile;
using ChildView.Contracts.IntegrationEvents;
using ChildView.IntegrationTests.Support;
using ChildView.Messaging.Publishers;
using ChildView.Testing;
using RabbitMQ.Client;

namespace ChildView.IntegrationTests.Security.Publishers;

/// <summary>The broker itself keeps each service to its own events' exchanges and to its own identity.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BrokerPermissionTests(PlatformFixture platform)
{
    private const int AccessRefused = 403;
    private const int PreconditionFailed = 406;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private static readonly byte[] Body = JsonSerializer.SerializeToUtf8Bytes(ForgedAllocationTests.Allocation("ewo.smith", "north-cin"));

    /// <summary>Publishes one message with confirms on and returns how the broker closed the channel (null if it did not).</summary>
    private async Task<ushort?> CloseCodeAfterPublishingAsync(string service, string exchange, string? userId)
    {
        var factory = new ConnectionFactory { Uri = new Uri(platform.Infrastructure.BrokerAddressFor(service)) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var properties = new BasicProperties { UserId = userId ?? platform.Infrastructure.BrokerUser(service) };

        var failure = await Record.ExceptionAsync(async () => await channel.BasicPublishAsync(exchange, "", mandatory: false, properties, Body));

        if (failure is null)
        {
            return null;
        }

        await Poll.UntilAsync(() => Task.FromResult(channel.IsClosed), Deadline, "the channel closed by the broker");
        return channel.CloseReason?.ReplyCode;
    }

    [Theory]
    [InlineData(SourceSystems.Education)]
    [InlineData(SourceSystems.YouthOffending)]
    [InlineData(SourceSystems.EarlyYears)]
    [InlineData(ChildProfileApi.ServiceName)]
    public async Task Only_social_care_may_write_to_the_case_allocation_exchange(string service)
    {
        var exchange = BrokerPermissions.ExchangeOf(typeof(CaseAllocationRecorded));

        Assert.Equal((ushort)AccessRefused, await CloseCodeAfterPublishingAsync(service, exchange, userId: null));
    }

    [Fact]
    public async Task A_publisher_cannot_claim_another_broker_user_in_user_id()
    {
        var exchange = BrokerPermissions.ExchangeOf(typeof(PupilRegistered));

        var code = await CloseCodeAfterPublishingAsync(SourceSystems.Education, exchange, userId: platform.Infrastructure.BrokerUser(SourceSystems.SocialCare));

        Assert.Equal((ushort)PreconditionFailed, code);
    }
}
