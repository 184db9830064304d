namespace ChildView.Testing;

/// <summary>Waits for eventual consistency with a deadline, never a fixed sleep.</summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string waitingFor)
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? lastError = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await probe() is { } result)
                {
                    return result;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or Npgsql.NpgsqlException)
            {
                lastError = ex;
            }

            await Task.Delay(Interval);
        }

        throw new TimeoutException($"Timed out after {timeout} waiting for {waitingFor}.", lastError);
    }

    public static Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string waitingFor) =>
        UntilAsync<object>(async () => await condition() ? new object() : null, timeout, waitingFor);
}
