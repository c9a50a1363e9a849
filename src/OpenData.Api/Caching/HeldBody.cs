using System.Buffers;

namespace OpenData.Api.Caching;

/// <summary>
/// A response body held back until the answer is complete, so its validator (a hash of the bytes) can go in the
/// headers before them; past <c>limit</c> bytes it gives up, writes what it held and passes the rest on,
/// so a long export still streams. Held in pooled 16 KiB pieces: one growing array would be a large-object
/// allocation per big answer, and those cost full collections.
/// </summary>
internal sealed class HeldBody(Stream inner, int limit, Func<ValueTask> releasing) : Stream
{
    private const int PieceBytes = 16 * 1024;

    private List<byte[]>? _pieces = [];
    private int _length;

    /// <summary>Whether the body outgrew the limit and went on unheld.</summary>
    public bool Released => _pieces is null;

    /// <summary>How many bytes are held.</summary>
    public int HeldLength => _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The held bytes, in order.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Pieces()
    {
        var left = _length;
        foreach (var piece in _pieces ?? [])
        {
            var size = Math.Min(left, PieceBytes);
            yield return piece.AsMemory(0, size);
            left -= size;
        }
    }

    public async Task WriteHeldAsync(Stream to, CancellationToken cancellationToken)
    {
        foreach (var piece in Pieces())
        {
            await to.WriteAsync(piece, cancellationToken);
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_pieces is { } pieces && _length + buffer.Length <= limit)
        {
            Hold(pieces, buffer.Span);
            return;
        }

        await ReleaseAsync(cancellationToken);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <summary>Flushes only once the body is released: a held body is sent whole at the end.</summary>
    public override Task FlushAsync(CancellationToken cancellationToken) => _pieces is null ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Hold(List<byte[]> pieces, ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            var used = _length % PieceBytes;
            if (used == 0 && _length / PieceBytes == pieces.Count)
            {
                pieces.Add(ArrayPool<byte>.Shared.Rent(PieceBytes));
            }

            var take = Math.Min(bytes.Length, PieceBytes - used);
            bytes[..take].CopyTo(pieces[^1].AsSpan(used));
            _length += take;
            bytes = bytes[take..];
        }
    }

    private async ValueTask ReleaseAsync(CancellationToken cancellationToken)
    {
        if (_pieces is null)
        {
            return;
        }

        await releasing();
        await WriteHeldAsync(inner, cancellationToken);
        Return();
    }

    private void Return()
    {
        foreach (var piece in _pieces ?? [])
        {
            ArrayPool<byte>.Shared.Return(piece);
        }

        _pieces = null;
    }

    protected override void Dispose(bool disposing)
    {
        Return();
        base.Dispose(disposing);
    }
}
