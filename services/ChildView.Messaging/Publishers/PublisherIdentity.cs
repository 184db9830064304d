using MassTransit;

namespace ChildView.Messaging.Publishers;

public static class PublisherIdentity
{
    /// <summary>
    /// Sets the AMQP <c>user_id</c> property of every message published or sent on this bus to the
    /// bus's broker user. RabbitMQ refuses a message whose <c>user_id</c> differs from the connection's
    /// user, so a consumer can rely on it to say who published. (Publishes do not run the send pipe.)
    /// </summary>
    public static void StampPublisherIdentity(this IRabbitMqBusFactoryConfigurator rabbit, string brokerUser)
    {
        rabbit.ConfigurePublish(publish => publish.UseExecute(context => Stamp(context, brokerUser)));
        rabbit.ConfigureSend(send => send.UseSendExecute(context => Stamp(context, brokerUser)));
    }

    private static void Stamp(PipeContext context, string brokerUser)
    {
        if (context.TryGetPayload<RabbitMqSendContext>(out var rabbitContext))
        {
            rabbitContext.BasicProperties.UserId = brokerUser;
        }
    }
}
