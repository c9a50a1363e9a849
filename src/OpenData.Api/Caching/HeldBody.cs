namespace OpenData.Api.Caching;

/// <summary>
/// A response body held back until the answer is complete, so its validator (a hash of the bytes) can go in the
/// headers before them; past <see cref="Limit"/> bytes it gives up, writes what it held and passes the rest on,
/// so a long export still streams.
/// </summary>
internal sealed class HeldBody(Stream inner, int limit, Func<ValueTask> releasing) : Stream
{
    private MemoryStream? _held = new();

    public int Limit => limit;

    /// <summary>Whether the body outgrew the limit and went on unheld.</summary>
    public bool Released => _held is null;

    public ReadOnlyMemory<byte> Bytes => _held is { } held ? held.GetBuffer().AsMemory(0, (int)held.Length) : default;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_held is { } held && held.Length + buffer.Length <= limit)
        {
            held.Write(buffer.Span);
            return;
        }

        await ReleaseAsync(cancellationToken);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <summary>Flushes only once the body is released: a held body is sent whole at the end.</summary>
    public override Task FlushAsync(CancellationToken cancellationToken) => _held is null ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private async ValueTask ReleaseAsync(CancellationToken cancellationToken)
    {
        if (_held is not { } held)
        {
            return;
        }

        _held = null;
        await releasing();
        await inner.WriteAsync(held.GetBuffer().AsMemory(0, (int)held.Length), cancellationToken);
        await held.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        _held?.Dispose();
        base.Dispose(disposing);
    }
}
