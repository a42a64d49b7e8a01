using System.Text;
using System.Xml;

namespace Caravan.Pipeline.Stages.Relations.Network;

/// <summary>Article text is untrusted: characters XML cannot carry (NUL, lone surrogates) are replaced.</summary>
internal static class XmlText
{
    public static string Clean(string value)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) : !char.IsLowSurrogate(c) && XmlConvert.IsXmlChar(c);
            if (char.IsHighSurrogate(c) && ok)
            {
                sb?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (!ok && sb is null)
            {
                sb = new StringBuilder(value.Length).Append(value, 0, i);
            }

            sb?.Append(ok ? c : '\uFFFD');
        }

        return sb?.ToString() ?? value;
    }
}
