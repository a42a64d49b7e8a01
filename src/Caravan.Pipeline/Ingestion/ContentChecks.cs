using System.Security.Cryptography;
using System.Text;

namespace Caravan.Pipeline.Ingestion;

/// <summary>Cheap checks on raw bytes before a document enters the pipeline.</summary>
public static class ContentChecks
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>A stable content hash (SHA-256, hex, 32 characters): equal hashes are the same input.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    /// <summary>True when the bytes hold no visible character.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not (0x20 or 0x09 or 0x0A or 0x0D or 0xEF or 0xBB or 0xBF))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for bytes that are not text in any encoding we read: NUL bytes (not UTF-16, which would have a
    /// BOM), or more than 10% C0 control bytes other than tab and line ends in the first 8 KB.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            return false;
        }

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B))
            {
                controls++;
            }
        }

        return controls * 10 > sample.Length;
    }

    /// <summary>The byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return -1;
        }
        catch (DecoderFallbackException e)
        {
            return e.Index < 0 ? 0 : e.Index;
        }
    }
}
