namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Turns an article into language-independent signals in one pass over its tokens: weighted terms
/// (stems, their English pivots from the lexicon, name skeletons, numbers, actor ids), the hashes
/// of word shingles, and per-sentence term sets. Term prefixes: "s:" stem or pivot stem, "n:" name
/// skeleton, "#" number, "a:" actor, "p:" place, "c:" bigram of an unspaced script.
/// </summary>
internal sealed class TermExtractor
{
    private readonly Lexicon _lexicon;
    private readonly PlaceNames _places;
    private readonly FingerprintOptions _options;

    public TermExtractor(Lexicon lexicon, PlaceNames places, FingerprintOptions options)
    {
        _lexicon = lexicon;
        _places = places;
        _options = options;
    }

    /// <summary>The article's signals; its mentions' actor ids count as terms when <paramref name="withActors"/>.</summary>
    public ArticleSignals Extract(Article article, bool withActors)
    {
        var state = new ExtractionState(_options.ShingleSize, article.Language, _lexicon.For(article.Language),
            string.Equals(article.Language, "en", StringComparison.Ordinal));
        if (!string.IsNullOrEmpty(article.Title))
        {
            state.Boost = _options.LeadBoost;
            Scan(article.Title, state);
            state.EndSentence();
        }

        Scan(article.Text, state);
        state.Boost = 1f;
        state.EndSentence();
        foreach (var mention in withActors ? article.Mentions : [])
        {
            if (mention.ActorId is { Length: > 0 } actor)
            {
                state.Add("a:" + actor, _options.ActorWeight);
            }
        }

        return state.Finish(_options.MaxTerms);
    }

    /// <summary>
    /// One linear pass: a word is a run of letters, digits and marks (a '.' or ',' between digits stays
    /// inside, so "7.644" is one number); '.', '!', '?' and line breaks end a sentence.
    /// </summary>
    private void Scan(string text, ExtractionState state)
    {
        var i = 0;
        while (i < text.Length)
        {
            state.Boost = i < _options.LeadLength ? _options.LeadBoost : 1f;
            var c = text[i];
            if (!IsWordChar(c))
            {
                if (c is '.' or '!' or '?' or '\n' or '。' or '！' or '？')
                {
                    state.EndSentence();
                }

                i++;
                continue;
            }

            var start = i;
            var unspaced = false;
            while (i < text.Length)
            {
                var d = text[i];
                if (IsWordChar(d))
                {
                    unspaced |= d is >= '\u3040' and <= '\u9FFF';
                    i++;
                }
                else if (d is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i - 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var raw = text.AsSpan(start, i - start);
            if (unspaced)
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

    private static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    private void Word(ReadOnlySpan<char> raw, ExtractionState state)
    {
        var word = FoldedWord.Of(raw);
        if (word.Folded.Length == 0)
        {
            return;
        }

        state.Shingle(word.Hash);
        if (word.Number is { } number)
        {
            state.FlushNumber();
            if (word.Folded.TrimStart('0').Length is > 0 and <= DecimalNumber.MaxWrittenDigits)
            {
                state.PendingNumber = (number, false, _options.NumberWeight * state.Boost);
                state.SentenceTerm(word.NumberHash);
            }

            return;
        }

        // A scale word after a number multiplies it ("3,5 Millionen" = "3,500,000"); "mil millones" twice.
        if (state.PendingNumber is { } pending && state.Scales.Power(word.Folded) is { } power)
        {
            state.PendingNumber = (pending.Number.Scale(power), true, pending.Weight);
        }
        else
        {
            state.FlushNumber();
        }

        if (word.Folded.Length < 2 || state.Language.IsStopWord(word.Stem))
        {
            return;
        }

        var pivots = state.IsEnglish ? [] : state.Language.PivotTerms(word.Stem);
        state.SentenceTerm(pivots.Count > 0 ? pivots[0].Hash : word.StemHash);
        if (TermFolding.IsCapitalised(raw) && _places.Find(raw, word.Folded, state.LanguageCode) is { } place)
        {
            // The place's code and English stem, the same in every language, in place of its stem, pivot and skeleton.
            state.Add(place.Term, _options.PlaceWeight);
            state.Add(place.EnglishStem, _options.WordWeight);
            return;
        }

        state.Add(word.StemTerm, _options.WordWeight);
        foreach (var pivot in pivots)
        {
            state.Add(pivot.Term, _options.WordWeight);
        }

        if (!state.SentenceStart && word.NameTerm is { } name)
        {
            state.Add(name, _options.NameWeight);
        }
    }

    /// <summary>Each katakana word of at least two characters adds its name skeleton (see <see cref="FoldedWord"/>).</summary>
    private void KatakanaNames(ReadOnlySpan<char> run, ExtractionState state)
    {
        var i = 0;
        while (i < run.Length)
        {
            var start = i;
            while (i < run.Length && TermFolding.IsKatakana(run.Slice(i, 1)))
            {
                i++;
            }

            if (i - start >= 2 && FoldedWord.Of(run[start..i]) is { NameTerm: { } name } word)
            {
                if (_places.Find(run[start..i], word.Folded, state.LanguageCode) is { } place)
                {
                    state.Add(place.Term, _options.PlaceWeight);
                    state.Add(place.EnglishStem, _options.WordWeight);
                }
                else
                {
                    state.Add(name, _options.NameWeight);
                }
            }

            i = Math.Max(i, start + 1);
        }
    }

    /// <summary>Han characters of the longest place name looked for inside a run (乌兹别克斯坦, Uzbekistan, has six).</summary>
    private const int MaxHanPlace = 6;

    /// <summary>
    /// Place names inside a run of Han characters (美国, 俄罗斯, 哈萨克斯坦), which has no spaces to find words by: at each
    /// position the longest run of 2-6 ideographs whose folded reading is a place of the language; the search goes on after it.
    /// </summary>
    private void HanPlaces(ReadOnlySpan<char> run, ExtractionState state)
    {
        var i = 0;
        while (i + 1 < run.Length)
        {
            var length = 1;
            for (var n = Math.Min(MaxHanPlace, run.Length - i); n >= 2; n--)
            {
                var name = run.Slice(i, n);
                if (TermFolding.IsHan(name) && _places.Find(name, TermFolding.Fold(name), state.LanguageCode) is { } place)
                {
                    state.Add(place.Term, _options.PlaceWeight);
                    state.Add(place.EnglishStem, _options.WordWeight);
                    length = n;
                    break;
                }
            }

            i += length;
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

            // Han scale characters after digits: 3.5万 = 35,000, 12億 = 1.2 billion.
            if (state.PendingNumber is { } pending && state.Scales.HanPower(run) is { } scale)
            {
                state.PendingNumber = (pending.Number.Scale(scale.Power), true, pending.Weight);
            }

            state.FlushNumber();

            KatakanaNames(run, state);
            HanPlaces(run, state);

            for (var j = 0; j + 1 < run.Length || (j == 0 && run.Length == 1); j++)
            {
                var bigram = run.Slice(j, Math.Min(2, run.Length - j)).ToString();
                state.Shingle(StableHash.Of(bigram));
                if (state.Language.IsStopWord(bigram))
                {
                    continue;
                }

                state.Add("c:" + bigram, _options.BigramWeight);
                var pivots = state.Language.PivotTerms(bigram);
                foreach (var pivot in pivots)
                {
                    state.Add(pivot.Term, _options.WordWeight);
                }

                if (pivots.Count > 0)
                {
                    state.SentenceTerm(pivots[0].Hash);
                }
            }
        }
    }

}
