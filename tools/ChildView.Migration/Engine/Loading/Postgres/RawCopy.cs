using Npgsql;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>Streams data already in binary COPY format; a cancellation aborts the COPY rather than completing it.</summary>
internal static class RawCopy
{
    private const int Chunk = 1 << 18;

    public static void Run(NpgsqlConnection connection, string copySql, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        using var stream = connection.BeginRawBinaryCopy(copySql);
        try
        {
            for (var at = 0; at < data.Length; at += Chunk)
            {
                cancellationToken.ThrowIfCancellationRequested();
                stream.Write(data.Span.Slice(at, Math.Min(Chunk, data.Length - at)));
            }
        }
        catch
        {
            stream.Cancel();
            throw;
        }
    }
}
