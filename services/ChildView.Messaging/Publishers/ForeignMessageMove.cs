using MassTransit;
using MassTransit.RabbitMqTransport;
using RabbitMQ.Client;

namespace ChildView.Messaging.Publishers;

/// <summary>
/// Moves a delivered message to <c>{queue}{suffix}</c> (<c>_error</c>, <c>_skipped</c>) as MassTransit's own move
/// does, except for its AMQP <c>user_id</c>. MassTransit copies every property, but RabbitMQ lets a connection
/// send only its own user as <c>user_id</c>, so a message published by another service (or a forged one) could
/// never be moved: the channel would close and the message would be redelivered for ever. The publisher is
/// kept as evidence in the <see cref="PublisherHeader"/> header instead.
/// </summary>
public static class ForeignMessageMove
{
    /// <summary>Header holding the broker user that published a moved message.</summary>
    public const string PublisherHeader = "ChildView-Publisher";

    public static async Task MoveAsync(ReceiveContext context, string suffix, SendHeaders? exceptionHeaders)
    {
        var channel = context.GetPayload<ChannelContext>();
        var delivery = context.GetPayload<RabbitMqBasicConsumeContext>();
        var target = context.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1] + suffix;
        var token = context.CancellationToken;

        await channel.ExchangeDeclare(target, ExchangeType.Fanout, true, false, new Dictionary<string, object>(), token);
        await channel.QueueDeclare(target, true, false, false, new Dictionary<string, object>(), token);
        await channel.QueueBind(target, target, "", new Dictionary<string, object>(), token);

        var properties = new BasicProperties(delivery.Properties);
        var headers = new Dictionary<string, object?>(delivery.Properties.Headers ?? new Dictionary<string, object?>());
        if (properties.IsUserIdPresent())
        {
            headers[PublisherHeader] = properties.UserId;
            properties.ClearUserId();
        }

        foreach (var header in exceptionHeaders?.GetAll() ?? [])
        {
            headers[header.Key] = header.Value is string or int or long or bool ? header.Value : header.Value?.ToString();
        }

        properties.Headers = headers;
        properties.ClearExpiration();
        await channel.BasicPublishAsync(target, "", true, properties, context.GetBody(), true, token);
    }
}

/// <summary>The error pipe's last step: a message that failed (or was refused) goes to <c>{queue}_error</c> with the exception headers.</summary>
public sealed class ForeignMessageErrorFilter : IFilter<ExceptionReceiveContext>
{
    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        await ForeignMessageMove.MoveAsync(context, "_error", context.ExceptionHeaders);
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("moveToErrorQueue");
}

/// <summary>The dead-letter pipe: a message no consumer took goes to <c>{queue}_skipped</c>.</summary>
public sealed class ForeignMessageSkippedFilter : IFilter<ReceiveContext>
{
    public async Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        await ForeignMessageMove.MoveAsync(context, "_skipped", null);
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("moveToSkippedQueue");
}
