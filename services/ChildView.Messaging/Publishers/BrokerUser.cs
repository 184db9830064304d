namespace ChildView.Messaging.Publishers;

/// <summary>The RabbitMQ user a broker address logs in as: the identity every message the service publishes carries.</summary>
public static class BrokerUser
{
    /// <summary>What RabbitMQ's clients log in as when an address names no user.</summary>
    private const string ClientDefault = "guest";

    public static string Of(string brokerAddress)
    {
        var userInfo = new Uri(brokerAddress).UserInfo;
        var user = Uri.UnescapeDataString(userInfo.Split(':', 2)[0]);
        return user.Length == 0 ? ClientDefault : user;
    }
}
