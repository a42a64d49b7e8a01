using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;

namespace Caravan.Storage.Sqlite;

/// <summary>
/// The stored form of an article's annotations (issue #8: under 2 KB of store per article beyond its text).
/// The source-generated JSON of <see cref="StoredAnnotations"/> keeps every field a model record gains, but spells
/// the fingerprint's random 64-bit hashes in ~19 digits each and repeats every property name; so the hashes are
/// moved out to 8 bytes each, a mention's or speaker's surface that is just the text at its span is left out (read back
/// from the text), and the whole is Brotli-compressed (about 5x smaller than the JSON text).
/// Layout: a format byte, the payload's length (7-bit encoded), then Brotli of: JSON length, JSON (UTF-8),
/// MinHash count and values, passage count and values (little-endian). Stores written before hold the JSON as
/// TEXT; <see cref="Decode"/> reads both.
/// </summary>
internal static class AnnotationCodec
{
    private const byte Format = 1;

    // Brotli quality 5: most of the ratio of quality 11 at a fraction of its time (small inputs, one per article).
    private const int Quality = 5;
    private const int Window = 22;

    public static byte[] Encode(StoredAnnotations annotations, string text)
    {
        var hashes = annotations.Fingerprint;
        var compact = annotations with
        {
            Mentions = Map(annotations.Mentions, m => IsSliceOf(text, m.Span, m.Surface) ? m with { Surface = "" } : m),
            Quotes = Map(annotations.Quotes, q => q.SpeakerSpan is { } span && IsSliceOf(text, span, q.SpeakerSurface) ? q with { SpeakerSurface = "" } : q),
            Fingerprint = hashes is null ? null : hashes with { MinHash = [], Passages = [] },
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(compact, StoreJson.Default.StoredAnnotations);
        var payload = new MemoryStream(json.Length + 64);
        using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(json.Length);
            writer.Write(json);
            WriteHashes(writer, hashes?.MinHash ?? []);
            WriteHashes(writer, hashes?.Passages ?? []);
        }

        var plain = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(plain.Length) + 6];
        compressed[0] = Format;
        var header = 1 + Write7Bit(compressed.AsSpan(1), plain.Length);
        if (!BrotliEncoder.TryCompress(plain, compressed.AsSpan(header), out var written, Quality, Window))
        {
            throw new InvalidOperationException("annotations could not be compressed");
        }

        return compressed[..(header + written)];
    }

    /// <summary>Reads the column's value (the compressed form, or the JSON text of stores written before it) of an article with <paramref name="text"/>.</summary>
    public static StoredAnnotations Decode(object value, string text)
    {
        if (value is string json)
        {
            return JsonSerializer.Deserialize(json, StoreJson.Default.StoredAnnotations) ?? throw new InvalidDataException("article annotations are empty");
        }

        var bytes = (byte[])value;
        if (bytes.Length < 2 || bytes[0] != Format)
        {
            throw new InvalidDataException($"article annotations have an unknown format ({(bytes.Length == 0 ? "empty" : bytes[0])})");
        }

        var at = 1 + Read7Bit(bytes.AsSpan(1), out var length);
        var plain = new byte[length];
        if (!BrotliDecoder.TryDecompress(bytes.AsSpan(at), plain, out var written) || written != length)
        {
            throw new InvalidDataException("article annotations are corrupt");
        }

        using var reader = new BinaryReader(new MemoryStream(plain));
        var annotations = JsonSerializer.Deserialize(reader.ReadBytes(reader.Read7BitEncodedInt()), StoreJson.Default.StoredAnnotations)
            ?? throw new InvalidDataException("article annotations are empty");
        var minHash = ReadHashes(reader);
        var passages = ReadHashes(reader);
        return annotations with
        {
            Mentions = Map(annotations.Mentions, m => m.Surface.Length == 0 && m.Span.IsValidFor(text) ? m with { Surface = m.Span.Slice(text) } : m),
            Quotes = Map(annotations.Quotes, q => q is { SpeakerSurface.Length: 0, SpeakerSpan: { } span } && span.IsValidFor(text)
                ? q with { SpeakerSurface = span.Slice(text) }
                : q),
            Fingerprint = annotations.Fingerprint is { } fingerprint ? fingerprint with { MinHash = minHash, Passages = passages } : null,
        };
    }

    private static bool IsSliceOf(string text, TextSpan span, string? surface) =>
        surface is not null && span.IsValidFor(text) && text.AsSpan(span.Start, span.Length).SequenceEqual(surface);

    private static ImmutableArray<T> Map<T>(ImmutableArray<T> items, Func<T, T> map) =>
        items.IsDefaultOrEmpty ? items : [.. items.Select(map)];

    private static void WriteHashes(BinaryWriter writer, ImmutableArray<ulong> hashes)
    {
        writer.Write7BitEncodedInt(hashes.IsDefault ? 0 : hashes.Length);
        foreach (var hash in hashes.IsDefault ? [] : hashes)
        {
            writer.Write(hash);
        }
    }

    private static ImmutableArray<ulong> ReadHashes(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        var hashes = ImmutableArray.CreateBuilder<ulong>(count);
        for (var i = 0; i < count; i++)
        {
            hashes.Add(reader.ReadUInt64());
        }

        return hashes.MoveToImmutable();
    }

    private static int Write7Bit(Span<byte> target, int value)
    {
        var n = 0;
        var v = (uint)value;
        while (v >= 0x80)
        {
            target[n++] = (byte)(v | 0x80);
            v >>= 7;
        }

        target[n++] = (byte)v;
        return n;
    }

    private static int Read7Bit(ReadOnlySpan<byte> source, out int value)
    {
        var result = 0;
        for (var n = 0; n < 5 && n < source.Length; n++)
        {
            result |= (source[n] & 0x7F) << (7 * n);
            if (source[n] < 0x80)
            {
                value = result;
                return n + 1;
            }
        }

        throw new InvalidDataException("article annotations are corrupt (length)");
    }
}
