using Caravan.Core.Text;

namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Turns an article into language-independent signals in one pass over its tokens: weighted terms
/// (stems, their English pivots from the lexicon, name skeletons, numbers, actor ids), the hashes
/// of word shingles, and per-sentence term sets. Term prefixes: "s:" stem or pivot stem, "n:" name
/// skeleton, "#" number, "a:" actor, "c:" bigram of an unspaced script.
/// </summary>
internal sealed class TermExtractor
{
    private readonly Lexicon _lexicon;
    private readonly FingerprintOptions _options;

    public TermExtractor(Lexicon lexicon, FingerprintOptions options)
    {
        _lexicon = lexicon;
        _options = options;
    }

    public ArticleSignals Extract(Article article)
    {
        var state = new ExtractionState(_options.ShingleSize, _lexicon.For(article.Language),
            string.Equals(article.Language, "en", StringComparison.Ordinal));
        if (!string.IsNullOrEmpty(article.Title))
        {
            Scan(article.Title, state);
            state.EndSentence();
        }

        Scan(article.Text, state);
        state.EndSentence();
        foreach (var mention in article.Mentions)
        {
            if (mention.ActorId is { Length: > 0 } actor)
            {
                state.Add("a:" + actor, _options.ActorWeight);
            }
        }

        return state.Finish(_options.MaxTerms);
    }

    private void Scan(string text, ExtractionState state)
    {
        var previousEnd = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (text.AsSpan(previousEnd, token.Span.Start - previousEnd).Contains('\n'))
            {
                state.EndSentence();
            }

            previousEnd = token.Span.End;
            var raw = text.AsSpan(token.Span.Start, token.Span.Length);
            if (token.Kind is TokenKind.Punctuation)
            {
                if (raw[0] is '.' or '!' or '?' or '。' or '！' or '？')
                {
                    state.EndSentence();
                }

                continue;
            }

            if (token.Kind is TokenKind.Symbol)
            {
                continue;
            }

            if (raw.ContainsAnyInRange('\u3040', '\u9FFF'))
            {
                ScanUnspaced(raw, state);
            }
            else
            {
                Word(raw, state);
            }

            state.SentenceStart = false;
        }
    }

    private void Word(ReadOnlySpan<char> raw, ExtractionState state)
    {
        var folded = TermFolding.Fold(raw);
        if (folded.Length == 0)
        {
            return;
        }

        state.Shingle(StableHash.Of(folded));
        if (IsDigits(folded))
        {
            var digits = folded.TrimStart('0');
            if (digits.Length is > 0 and <= 12)
            {
                state.Add("#" + digits, _options.NumberWeight);
                state.SentenceTerm(StableHash.Of(digits));
            }

            return;
        }

        var stem = TermFolding.Stem(folded);
        if (folded.Length < 2 || state.Language.IsStopWord(stem))
        {
            return;
        }

        var pivot = state.IsEnglish ? stem : state.Language.TryMap(stem, out var p) ? p : null;
        state.Add("s:" + stem, _options.WordWeight);
        if (pivot is not null && !string.Equals(pivot, stem, StringComparison.Ordinal))
        {
            state.Add("s:" + pivot, _options.WordWeight);
        }

        state.SentenceTerm(StableHash.Of(pivot ?? stem));
        if (!state.SentenceStart && TermFolding.IsCapitalised(raw) && folded.Length >= 3)
        {
            var skeleton = TermFolding.Skeleton(folded);
            state.Add("n:" + (skeleton.Length >= 3 ? skeleton : folded), _options.NameWeight);
        }
    }

    /// <summary>Han and kana runs become overlapping character bigrams; other runs inside the token are words.</summary>
    private void ScanUnspaced(ReadOnlySpan<char> raw, ExtractionState state)
    {
        var i = 0;
        while (i < raw.Length)
        {
            var start = i;
            var unspaced = TermFolding.IsUnspaced(raw[i]);
            while (i < raw.Length && TermFolding.IsUnspaced(raw[i]) == unspaced)
            {
                i++;
            }

            var run = raw[start..i];
            if (!unspaced)
            {
                Word(run, state);
                continue;
            }

            for (var j = 0; j + 1 < run.Length || (j == 0 && run.Length == 1); j++)
            {
                var bigram = run.Slice(j, Math.Min(2, run.Length - j)).ToString();
                state.Shingle(StableHash.Of(bigram));
                if (state.Language.IsStopWord(bigram))
                {
                    continue;
                }

                state.Add("c:" + bigram, _options.BigramWeight);
                if (state.Language.TryMap(bigram, out var pivot))
                {
                    state.Add("s:" + pivot, _options.WordWeight);
                    state.SentenceTerm(StableHash.Of(pivot));
                }
            }
        }
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
