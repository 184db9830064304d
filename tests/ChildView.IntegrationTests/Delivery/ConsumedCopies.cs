using ChildView.Contracts.IntegrationEvents;
using ChildView.Testing;
using MassTransit;

namespace ChildView.IntegrationTests.Delivery;

/// <summary>
/// Counts the consumes of one message that the profile's bus finished, whether the consumer applied it or
/// found it a duplicate. A second copy changes nothing in the database, so this is the only way to know it
/// was consumed before asserting that it changed nothing.
/// </summary>
internal sealed class ConsumedCopies : IConsumeObserver, IDisposable
{
    private readonly Guid _messageId;
    private readonly ConnectHandle _connection;
    private int _finished;

    public ConsumedCopies(IBus bus, Guid messageId)
    {
        _messageId = messageId;
        _connection = bus.ConnectConsumeObserver(this);
    }

    public Task UntilAsync(int copies, TimeSpan timeout) =>
        Poll.UntilAsync(() => Task.FromResult(Volatile.Read(ref _finished) >= copies), timeout, $"{copies} consumes of {_messageId}",
            () => Task.FromResult($"{Volatile.Read(ref _finished)} finished"));

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is IIntegrationEvent message && message.EventId == _messageId)
        {
            Interlocked.Increment(ref _finished);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public void Dispose() => _connection.Disconnect();
}
