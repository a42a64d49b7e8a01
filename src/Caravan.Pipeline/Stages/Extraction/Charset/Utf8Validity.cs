using System.Text;

namespace Caravan.Pipeline.Stages.Extraction.Charset;

/// <summary>Whether bytes are UTF-8, tolerating a few broken sequences (truncated or spliced pages).</summary>
internal static class Utf8Validity
{
    /// <summary>
    /// True when at most 1 in 20 non-ASCII sequences is invalid (a stray Latin-1 byte in a UTF-8 page is common). A legacy-encoded page has almost
    /// no valid multi-byte sequences, so the two populations are far apart.
    /// </summary>
    public static bool IsMostlyValid(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        var invalid = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else if (status != System.Buffers.OperationStatus.NeedMoreData)
            {
                invalid++;
            }

            i += Math.Max(1, consumed);
        }

        return invalid == 0 || invalid * 20 <= valid;
    }
}
