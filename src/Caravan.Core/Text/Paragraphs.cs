using Caravan.Core.Model;

namespace Caravan.Core.Text;

/// <summary>Paragraph spans of a text whose paragraphs are separated by blank lines.</summary>
public static class Paragraphs
{
    public static ImmutableArray<TextSpan> Split(string text)
    {
        var result = ImmutableArray.CreateBuilder<TextSpan>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                result.Add(new TextSpan(s, e));
            }

            start = end + 2;
        }

        return result.ToImmutable();
    }
}
