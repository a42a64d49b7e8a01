using System.IO.Compression;
using System.Text.Json;

namespace Caravan.Storage.Sqlite;

/// <summary>
/// The stored form of an article's annotations (issue #8: under 2 KB of store per article beyond its text).
/// The source-generated JSON of <see cref="StoredAnnotations"/> keeps every field a model record gains but repeats
/// every property name; so a mention's or speaker's surface that is just the text at its span is left out (read back
/// from the text), and the whole is Brotli-compressed (about 5x smaller than the JSON text).
/// Layout: a format byte (2), the JSON's length (7-bit encoded), then Brotli of the JSON (UTF-8).
/// Read as well: format 1, whose Brotli payload held the JSON's length, the JSON and the fingerprint's MinHash and
/// passage hashes (the fingerprint is no longer stored), and the JSON text of the first stores.
/// </summary>
internal static class AnnotationCodec
{
    private const byte Format = 2;
    private const byte FormatWithHashes = 1;

    // Brotli quality 5: most of the ratio of quality 11 at a fraction of its time (small inputs, one per article).
    private const int Quality = 5;
    private const int Window = 22;

    public static byte[] Encode(StoredAnnotations annotations, string text)
    {
        var compact = annotations with
        {
            Mentions = Map(annotations.Mentions, m => IsSliceOf(text, m.Span, m.Surface) ? m with { Surface = "" } : m),
            Quotes = Map(annotations.Quotes, q => q.SpeakerSpan is { } span && IsSliceOf(text, span, q.SpeakerSurface) ? q with { SpeakerSurface = "" } : q),
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(compact, StoreJson.Default.StoredAnnotations);
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(json.Length) + 6];
        compressed[0] = Format;
        var header = 1 + Write7Bit(compressed.AsSpan(1), json.Length);
        if (!BrotliEncoder.TryCompress(json, compressed.AsSpan(header), out var written, Quality, Window))
        {
            throw new InvalidOperationException("annotations could not be compressed");
        }

        return compressed[..(header + written)];
    }

    /// <summary>Reads the column's value (either compressed form, or the JSON text of the first stores) of an article with <paramref name="text"/>.</summary>
    public static StoredAnnotations Decode(object value, string text)
    {
        if (value is string json)
        {
            return JsonSerializer.Deserialize(json, StoreJson.Default.StoredAnnotations) ?? throw new InvalidDataException("article annotations are empty");
        }

        var bytes = (byte[])value;
        if (bytes.Length < 2 || bytes[0] is not (Format or FormatWithHashes))
        {
            throw new InvalidDataException($"article annotations have an unknown format ({(bytes.Length == 0 ? "empty" : bytes[0])})");
        }

        var at = 1 + Read7Bit(bytes.AsSpan(1), out var length);
        var plain = new byte[length];
        if (!BrotliDecoder.TryDecompress(bytes.AsSpan(at), plain, out var written) || written != length)
        {
            throw new InvalidDataException("article annotations are corrupt");
        }

        var utf8 = plain.AsSpan();
        if (bytes[0] == FormatWithHashes)
        {
            // The JSON's length, the JSON; the hashes after it belonged to the fingerprint, which is computed again.
            var start = Read7Bit(utf8, out var jsonLength);
            utf8 = utf8.Slice(start, jsonLength);
        }

        var annotations = JsonSerializer.Deserialize(utf8, StoreJson.Default.StoredAnnotations)
            ?? throw new InvalidDataException("article annotations are empty");
        return annotations with
        {
            Mentions = Map(annotations.Mentions, m => m.Surface.Length == 0 && m.Span.IsValidFor(text) ? m with { Surface = m.Span.Slice(text) } : m),
            Quotes = Map(annotations.Quotes, q => q is { SpeakerSurface.Length: 0, SpeakerSpan: { } span } && span.IsValidFor(text)
                ? q with { SpeakerSurface = span.Slice(text) }
                : q),
        };
    }

    private static bool IsSliceOf(string text, TextSpan span, string? surface) =>
        surface is not null && span.IsValidFor(text) && text.AsSpan(span.Start, span.Length).SequenceEqual(surface);

    private static ImmutableArray<T> Map<T>(ImmutableArray<T> items, Func<T, T> map) =>
        items.IsDefaultOrEmpty ? items : [.. items.Select(map)];

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
