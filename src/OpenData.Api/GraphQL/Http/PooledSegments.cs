using System.Buffers;

namespace OpenData.Api.GraphQL.Http;

/// <summary>
/// A buffer writer that holds what is written in pooled pieces of 16 KiB (larger only for a single larger write), so
/// an answer of megabytes never needs one array of its whole size: System.Text.Json, serializing to a stream, grows
/// one buffer to the answer's size, and under the costliest queries the limits allow those large-object arrays
/// caused about five full collections a second.
/// </summary>
internal sealed class PooledSegments : IBufferWriter<byte>, IDisposable
{
    private const int PieceBytes = 16 * 1024;

    private readonly List<(byte[] Array, int Length)> _pieces = [];
    private byte[]? _current;
    private int _used;

    public void Advance(int count)
    {
        if (_current is null || count < 0 || _used + count > _current.Length)
        {
            throw new InvalidOperationException($"Advanced {count} bytes past the memory handed out.");
        }

        _used += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint).AsMemory(_used);

    public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint).AsSpan(_used);

    /// <summary>Writes what is held to <paramref name="stream"/>, piece by piece, in order.</summary>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken)
    {
        foreach (var (array, length) in _pieces)
        {
            await stream.WriteAsync(array.AsMemory(0, length), cancellationToken);
        }

        if (_current is not null && _used > 0)
        {
            await stream.WriteAsync(_current.AsMemory(0, _used), cancellationToken);
        }
    }

    public void Dispose()
    {
        foreach (var (array, _) in _pieces)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        _pieces.Clear();
        if (_current is not null)
        {
            ArrayPool<byte>.Shared.Return(_current);
            _current = null;
        }
    }

    private byte[] Room(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current is not null && _current.Length - _used >= needed)
        {
            return _current;
        }

        if (_current is not null)
        {
            _pieces.Add((_current, _used));
        }

        _current = ArrayPool<byte>.Shared.Rent(Math.Max(needed, PieceBytes));
        _used = 0;
        return _current;
    }
}
