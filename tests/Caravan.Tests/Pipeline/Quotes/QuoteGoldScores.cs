using System.Globalization;
using Caravan.Pipeline.Stages.Quotes;
using Caravan.Pipeline.Stages.Relations;

namespace Caravan.Tests.Pipeline.Quotes;

/// <summary>Quote and relation scores of the stages on the gold set (see docs/benchmarks/quotes.md).</summary>
internal sealed record QuoteGoldScores(
    int GoldQuotes, int FoundQuotes, int PredictedQuotes,
    int GoldAttributed, int SpeakerCorrect, int GoldAnonymous, int AnonymousKept,
    int PredictedRelations, int CorrectRelations, int GoldRelations,
    IReadOnlyList<string> Errors)
{
    /// <summary>A gold quote is found when a predicted quote covers at least this share of it.</summary>
    public const double MinOverlap = 0.5;

    public double QuoteRecall => Ratio(FoundQuotes, GoldQuotes);

    public double QuotePrecision => Ratio(FoundQuotes, PredictedQuotes);

    /// <summary>Correct speakers among found gold quotes that have a named speaker.</summary>
    public double SpeakerAccuracy => Ratio(SpeakerCorrect, GoldAttributed);

    public double AnonymousAccuracy => Ratio(AnonymousKept, GoldAnonymous);

    public double RelationPrecision => Ratio(CorrectRelations, PredictedRelations);

    public double RelationRecall => Ratio(CorrectRelations, GoldRelations);

    public static QuoteGoldScores Measure(IEnumerable<GoldDocument> docs, Func<GoldDocument, Article> prepare)
    {
        var quotes = new QuoteStage();
        var relations = new RelationStage();
        int gold = 0, found = 0, predicted = 0, attributed = 0, speakerOk = 0, anonymous = 0, anonymousOk = 0;
        int predictedRel = 0, correctRel = 0, goldRel = 0;
        var errors = new List<string>();
        foreach (var doc in docs)
        {
            var article = prepare(doc);
            var goldKey = GoldKeys(doc);
            article = quotes.Process(article, CancellationToken.None);
            article = relations.Process(article, CancellationToken.None);
            predicted += article.Quotes.Length;
            var used = new HashSet<int>();
            foreach (var (span, speaker) in doc.Quotes)
            {
                gold++;
                var match = Enumerable.Range(0, article.Quotes.Length)
                    .Where(i => !used.Contains(i))
                    .Select(i => (i, overlap: Overlap(span, article.Quotes[i].Span)))
                    .Where(x => x.overlap >= MinOverlap * span.Length)
                    .OrderByDescending(x => x.overlap).Select(x => (int?)x.i).FirstOrDefault();
                if (match is not { } m)
                {
                    errors.Add($"{doc.Name}: missed quote «{span.Slice(doc.Text)}»");
                    continue;
                }

                used.Add(m);
                found++;
                var got = article.Quotes[m].SpeakerSpan is { } at ? goldKey(at) : null;
                if (speaker is null)
                {
                    anonymous++;
                    anonymousOk += got is null ? 1 : 0;
                }
                else
                {
                    attributed++;
                    speakerOk += string.Equals(got, speaker, StringComparison.Ordinal) ? 1 : 0;
                }

                if (!string.Equals(got, speaker, StringComparison.Ordinal))
                {
                    errors.Add($"{doc.Name}: speaker {got ?? "null"} instead of {speaker ?? "null"} for «{span.Slice(doc.Text)}» in: {Marked(article, span)}");
                }
            }

            foreach (var i in Enumerable.Range(0, article.Quotes.Length).Where(i => !used.Contains(i)))
            {
                errors.Add($"{doc.Name}: extra quote «{article.Quotes[i].Span.Slice(doc.Text)}»");
            }

            var goldSet = doc.Relations.ToHashSet();
            goldRel += goldSet.Count;
            var keySpans = article.Mentions.GroupBy(x => x.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => goldKey(x.Span)).FirstOrDefault(k => k is not null) ?? "?" + g.Key, StringComparer.Ordinal);
            var predictedSet = article.Relations.Select(r => (keySpans[r.SourceKey], keySpans[r.TargetKey], r.Code)).ToHashSet();
            errors.AddRange(goldSet.Where(r => !predictedSet.Contains(r)).Select(r => $"{doc.Name}: missed relation {r.Item1} -{r.Item3}-> {r.Item2}"));
            foreach (var r in predictedSet)
            {
                predictedRel++;
                if (goldSet.Contains(r))
                {
                    correctRel++;
                }
                else
                {
                    errors.Add($"{doc.Name}: wrong relation {r.Item1} -{r.Code}-> {r.Item2}");
                }
            }
        }

        return new QuoteGoldScores(gold, found, predicted, attributed, speakerOk, anonymous, anonymousOk, predictedRel, correctRel, goldRel, errors);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"quotes: recall {QuoteRecall:F3} ({FoundQuotes}/{GoldQuotes}), precision {QuotePrecision:F3} ({FoundQuotes}/{PredictedQuotes}); " +
        $"speaker accuracy {SpeakerAccuracy:F3} ({SpeakerCorrect}/{GoldAttributed}), anonymous kept {AnonymousAccuracy:F3} ({AnonymousKept}/{GoldAnonymous}); " +
        $"relations: precision {RelationPrecision:F3} ({CorrectRelations}/{PredictedRelations}), recall {RelationRecall:F3} ({CorrectRelations}/{GoldRelations})");

    /// <summary>
    /// Maps a predicted mention span to the key of the gold mention it overlaps, so speakers and
    /// relations can be scored whatever keys the recogniser under test gives its mentions.
    /// </summary>
    private static Func<TextSpan, string?> GoldKeys(GoldDocument doc)
    {
        var gold = MarkedMentions.Mark(doc.Text, doc.Mentions);
        return span => gold.FirstOrDefault(g => g.Span.Overlaps(span))?.Key;
    }

    /// <summary>The sentences around a quote with the article's mentions in brackets: "[Blinken/PER] said", for reading a miss.</summary>
    private static string Marked(Article article, TextSpan quote)
    {
        var sentences = article.Sentences.Where(s => s.End > quote.Start - 200 && s.Start < quote.End + 200).ToList();
        var from = sentences.Count > 0 ? sentences[0].Start : quote.Start;
        var to = sentences.Count > 0 ? sentences[^1].End : quote.End;
        var marked = new System.Text.StringBuilder();
        var at = from;
        foreach (var m in article.Mentions.Where(m => m.Span.Start >= from && m.Span.End <= to))
        {
            marked.Append(article.Text, at, m.Span.Start - at).Append('[').Append(m.Surface).Append('/').Append(m.Type).Append(']');
            at = m.Span.End;
        }

        return marked.Append(article.Text, at, to - at).Replace('\n', ' ').ToString();
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
