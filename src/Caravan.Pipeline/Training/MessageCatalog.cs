using System.Buffers.Binary;
using System.Text;
using Caravan.Core.Errors;

namespace Caravan.Pipeline.Training;

/// <summary>
/// Reads a compiled GNU gettext catalogue (<c>.mo</c>: Debian's <c>/usr/share/locale/&lt;lang&gt;/LC_MESSAGES/iso_3166-1.mo</c>):
/// a magic number in either byte order, the count of strings, then two tables of (length, offset) pairs for the
/// original and the translated strings. Only singular messages without a context are kept (the header, plural forms
/// and contexts are not names); the text must be UTF-8, as the header declares for every iso-codes catalogue.
/// </summary>
public static class MessageCatalog
{
    private const uint Magic = 0x950412de;
    private const int HeaderBytes = 20;

    /// <summary>Original to translated string; a malformed file is a CARAVAN0006 error naming it.</summary>
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CaravanException(ErrorCode.InputUnreadable, $"{path}: message catalogue cannot be read ({e.Message})", e);
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses catalogue bytes; <paramref name="name"/> names the input in errors.</summary>
    public static IReadOnlyDictionary<string, string> Parse(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length < HeaderBytes)
        {
            throw Malformed(name, $"{bytes.Length} bytes, shorter than the {HeaderBytes}-byte header");
        }

        var bigEndian = BinaryPrimitives.ReadUInt32LittleEndian(bytes) switch
        {
            Magic => false,
            _ when BinaryPrimitives.ReadUInt32BigEndian(bytes) == Magic => true,
            _ => throw Malformed(name, "no gettext magic number"),
        };
        var count = Word(bytes, 8, bigEndian, name);
        var originals = Word(bytes, 12, bigEndian, name);
        var translations = Word(bytes, 16, bigEndian, name);
        if (count > (bytes.Length - HeaderBytes) / 16)
        {
            throw Malformed(name, $"{count} strings cannot fit in {bytes.Length} bytes");
        }

        var messages = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var original = Text(bytes, originals + (8 * i), bigEndian, name);
            var translated = Text(bytes, translations + (8 * i), bigEndian, name);
            if (original.Length > 0 && !original.Contains('\0', StringComparison.Ordinal) && !original.Contains('\u0004', StringComparison.Ordinal))
            {
                messages[original] = translated;
            }
        }

        return messages;
    }

    private static int Word(ReadOnlySpan<byte> bytes, int at, bool bigEndian, string name)
    {
        if (at < 0 || at > bytes.Length - 4)
        {
            throw Malformed(name, $"offset {at} is outside the file");
        }

        var value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);
        return value <= int.MaxValue ? (int)value : throw Malformed(name, $"value {value} at offset {at} is too large");
    }

    private static string Text(ReadOnlySpan<byte> bytes, int entry, bool bigEndian, string name)
    {
        var length = Word(bytes, entry, bigEndian, name);
        var offset = Word(bytes, entry + 4, bigEndian, name);
        if (offset > bytes.Length - length)
        {
            throw Malformed(name, $"a string of {length} bytes at offset {offset} runs past the end");
        }

        try
        {
            return StrictUtf8.GetString(bytes.Slice(offset, length));
        }
        catch (DecoderFallbackException)
        {
            throw Malformed(name, $"the string at offset {offset} is not UTF-8");
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static CaravanException Malformed(string name, string problem) =>
        new(ErrorCode.InvalidRecord, $"{name}: not a gettext message catalogue: {problem}");
}
