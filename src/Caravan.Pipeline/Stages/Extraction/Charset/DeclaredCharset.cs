using System.Text;

namespace Caravan.Pipeline.Stages.Extraction.Charset;

/// <summary>
/// Finds the charset a page declares in its first bytes (&lt;meta charset&gt;, http-equiv
/// Content-Type, or an XML declaration's encoding), like the WHATWG prescan, without parsing.
/// </summary>
internal static class DeclaredCharset
{
    private const int PrescanBytes = 8192;

    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        return After(head, "charset") ?? After(head, "encoding");
    }

    private static string? After(string head, string key)
    {
        var from = 0;
        while (true)
        {
            var at = head.IndexOf(key, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }

            var i = at + key.Length;
            while (i < head.Length && head[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < head.Length && head[i] == '=')
            {
                i++;
                while (i < head.Length && head[i] is ' ' or '"' or '\'')
                {
                    i++;
                }

                var start = i;
                while (i < head.Length && (char.IsAsciiLetterOrDigit(head[i]) || head[i] is '-' or '_' or ':' or '.'))
                {
                    i++;
                }

                if (i > start)
                {
                    return head[start..i];
                }
            }

            from = at + key.Length;
        }
    }
}
