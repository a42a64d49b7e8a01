using System.Collections.Immutable;
using System.Text;
using Caravan.Core.Model;
using Caravan.Core.Pipeline;

namespace Caravan.Testing;

/// <summary>
/// The invariants every per-article stage promises (see <see cref="IArticleStage"/>), checked on a
/// given article and on random and hostile variants of it (after Lucene's CheckRandomData):
/// it never throws, is deterministic, never rewrites annotated text, and keeps every span inside it.
/// </summary>
public static class StageInvariants
{
    /// <summary>Hostile texts every stage must survive.</summary>
    public static IEnumerable<string> HostileTexts()
    {
        yield return "";
        yield return " ";
        yield return "\0\0\0";
        yield return new string('a', 100_000);
        yield return string.Concat(Enumerable.Repeat("„“«»\"'‚‘「」", 2000));
        yield return "\u202Eevil\u202C text \uFEFF with bidi \u200B marks";
        yield return "\uD800 lone surrogate \uDC00 here";
        yield return string.Concat(Enumerable.Repeat("Ab. ", 20_000));
        yield return string.Concat(Enumerable.Repeat("\n", 5000));
        yield return "Präsident Tokajew sagte: „Wir sind bereit.“ Dr. Putin, z.B. 28. Februar 2023.";
        yield return string.Concat(Enumerable.Repeat("Кто? Что! ", 3000));
    }

    /// <summary>Random texts drawn from a seed: words in several scripts, punctuation and quote marks.</summary>
    public static IEnumerable<string> RandomTexts(int seed, int count)
    {
        var random = new Random(seed);
        string[] pieces = ["Tokajew", "sagte", "„", "“", "\"", "«", "»", ".", ",", "!", "?", " ", " ", "\n\n", "Путин", "заявил",
            "a spus", "Kazahstan", "said", "the", "Mr.", "28.", "2023", "-", "—", "(", ")", "Blinken", "Astana", "ț", "ß", "日本", "🙂"];
        for (var i = 0; i < count; i++)
        {
            var sb = new StringBuilder();
            var n = random.Next(0, 200);
            for (var j = 0; j < n; j++)
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    sb.Append(' ');
                }
            }

            yield return sb.ToString();
        }
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> describing the first violated invariant.</summary>
    public static void Check(IArticleStage stage, Article input)
    {
        var first = stage.Process(input, CancellationToken.None);
        var second = stage.Process(input, CancellationToken.None);
        if (input.Features.HasFlag(ArticleFeatures.Text) && !string.Equals(first.Text, input.Text, StringComparison.Ordinal))
        {
            Fail(stage, "rewrote the article text after it was annotated");
        }

        if (!string.Equals(first.Text, second.Text, StringComparison.Ordinal) || !SameSpans(first, second))
        {
            Fail(stage, "is not deterministic");
        }

        foreach (var span in AllSpans(first))
        {
            if (!span.IsValidFor(first.Text))
            {
                Fail(stage, $"produced span [{span.Start},{span.End}) outside a text of length {first.Text.Length}");
            }
        }
    }

    /// <summary>Checks the stage on an article built from each hostile and random text.</summary>
    public static void CheckRandomData(IArticleStage stage, Func<string, Article> makeArticle, int seed = 42, int count = 100)
    {
        foreach (var text in HostileTexts().Concat(RandomTexts(seed, count)))
        {
            Check(stage, makeArticle(text));
        }
    }

    /// <summary>Every span an article carries.</summary>
    public static IEnumerable<TextSpan> AllSpans(Article a) =>
        a.Paragraphs
            .Concat(a.ParagraphLanguages.Select(l => l.Span))
            .Concat(a.Sentences)
            .Concat(a.Mentions.Select(m => m.Span))
            .Concat(a.Quotes.Select(q => q.Span))
            .Concat(a.Quotes.Where(q => q.SpeakerSpan is not null).Select(q => q.SpeakerSpan!.Value))
            .Concat(a.Relations.Select(r => r.Evidence));

    private static bool SameSpans(Article a, Article b) => AllSpans(a).SequenceEqual(AllSpans(b));

    private static void Fail(IArticleStage stage, string what) =>
        throw new InvalidOperationException($"stage '{stage.Info.Name}' {what}");
}
