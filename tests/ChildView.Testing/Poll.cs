namespace ChildView.Testing;

/// <summary>Waits for eventual consistency with a deadline, never a fixed sleep.</summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <param name="lastSeen">
    /// Says, when the wait times out, what the probe last saw and where a lost message might be: a
    /// timeout that names the state it was stuck in can be diagnosed from the test log alone.
    /// </param>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string waitingFor, Func<Task<string>>? lastSeen = null)
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

        throw new TimeoutException($"Timed out after {timeout} waiting for {waitingFor}.{await DescribeAsync(lastSeen)}", lastError);
    }

    public static Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string waitingFor, Func<Task<string>>? lastSeen = null) =>
        UntilAsync<object>(async () => await condition() ? new object() : null, timeout, waitingFor, lastSeen);

    private static async Task<string> DescribeAsync(Func<Task<string>>? lastSeen)
    {
        if (lastSeen is null)
        {
            return "";
        }

        try
        {
            return $" Last seen: {await lastSeen()}.";
        }
        catch (Exception ex)
        {
            return $" (Describing the last state failed: {ex.Message})";
        }
    }
}
