namespace Caravan.Pipeline.Ingestion.Warc;

/// <summary>
/// Buffered reading of a byte stream as CRLF/LF-terminated lines and exact-length blocks, with a
/// running byte offset for error messages. Lines longer than the limit are consumed and cut, never
/// buffered whole (hostile input).
/// </summary>
internal sealed class ByteLineReader(Stream stream, int maxLine = 64 * 1024)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private byte[]? _pending;

    /// <summary>Bytes consumed so far.</summary>
    public long Offset { get; private set; }

    /// <summary>The next line without its line end (cut at the limit), or null at the end of the stream.</summary>
    public byte[]? ReadLine()
    {
        if (_pending is { } pending)
        {
            _pending = null;
            Offset += pending.Length;
            return pending;
        }

        using var line = new MemoryStream();
        var any = false;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return any ? Trim(line.ToArray()) : null;
            }

            any = true;
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline;
            var room = (int)Math.Max(0, maxLine - line.Length);
            line.Write(span[..Math.Min(take, room)]);
            var consumed = newline < 0 ? span.Length : newline + 1;
            _start += consumed;
            Offset += consumed;
            if (newline >= 0)
            {
                return Trim(line.ToArray());
            }
        }
    }

    /// <summary>Copies exactly <paramref name="count"/> bytes to <paramref name="target"/> (null: discards them); false if the stream ends first.</summary>
    public bool ReadBlock(long count, Stream? target)
    {
        while (count > 0)
        {
            if (_start == _end && !Fill())
            {
                return false;
            }

            var take = (int)Math.Min(count, _end - _start);
            target?.Write(_buffer, _start, take);
            _start += take;
            Offset += take;
            count -= take;
        }

        return true;
    }

    /// <summary>Makes <paramref name="line"/> the next line <see cref="ReadLine"/> returns (one line of look-ahead).</summary>
    public void PushBack(byte[] line)
    {
        _pending = line;
        Offset -= line.Length;
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private static byte[] Trim(byte[] line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
}
