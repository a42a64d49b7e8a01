using Caravan.Core.Text;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// Finds named entities: tokenises each sentence, tags the whole article with the model of its
/// language (document-level features see every sentence), and turns IOB2 spans into
/// <see cref="Mention"/>s with a cross-language <see cref="Mention.Key"/>. Mentions are in text
/// order, never overlap, and lie inside the text. Pure and thread-safe.
/// </summary>
public sealed class EntityStage : IPreloadingStage
{
    /// <summary>Sentences longer than this are tagged in pieces (hostile input; news sentences are far shorter).</summary>
    private const int MaxSentenceTokens = 400;

    /// <summary>The most tokens of a title before a name ("purtătorul de cuvânt").</summary>
    private const int MaxTitleTokens = 3;
    private readonly NerModels _models;
    private readonly EntityKeys _keys;

    public EntityStage(NerModels models, EntityKeys keys)
    {
        _models = models;
        _keys = keys;
    }

    public StageInfo Info { get; } = new("entities", 1, ArticleFeatures.Sentences, ArticleFeatures.Mentions);

    /// <summary>Loads the news model of every language in the catalog (the stage's only lazy data).</summary>
    public void Preload() => _models.LoadNewsModels();

    public Article Process(Article article, CancellationToken cancellationToken)
    {
        var text = article.Text;
        var pieces = new List<ImmutableArray<Token>>();
        foreach (var sentence in article.Sentences)
        {
            if (!sentence.IsValidFor(text))
            {
                continue;
            }

            var tokens = Tokenizer.Tokenize(text, sentence);
            for (var start = 0; start < tokens.Length; start += MaxSentenceTokens)
            {
                pieces.Add(tokens.Slice(start, Math.Min(MaxSentenceTokens, tokens.Length - start)));
            }
        }

        if (pieces.Count == 0)
        {
            return article with { Mentions = [] };
        }

        cancellationToken.ThrowIfCancellationRequested();
        var model = _models.For(article.Language);
        var document = pieces.Select(p => new NerSentence([.. p.Select(t => t.Text(text))])).ToList();
        var tags = model.Tag(document);
        var cues = NameCues.For(article.Language);
        cues.Apply(document, tags);
        // Names found by the cues spread to their other mentions ("Roman Ivanenko ... Ivanenko").
        DocumentConsistency.Apply(document, tags);
        NameCues.TagSurnameSpellings(document, tags);
        NameCues.JoinPersons(document, tags);
        NameCues.TagKnownPlaces(document, tags, _keys.Places);
        Func<string, bool> isPlace = surface => _keys.Key(surface, article.Language).StartsWith('@');
        NameCues.SplitJoinedPlaces(document, tags, isPlace);
        cues.SplitOfficeHolders(document, tags, isPlace);
        cues.TagTitledPersons(document, tags, lower => model.Lexicon.Bucket(lower) > 0, isPlace);
        NameCues.TagKnownOrganisations(document, tags);
        AcronymDefinitions.Apply(document, tags);
        // Words written capitalised inside a sentence somewhere in the document; built on first need.
        HashSet<string>? inner = null;
        var found = new List<(Mention Mention, bool OfficeComplement)>();
        for (var s = 0; s < pieces.Count; s++)
        {
            var spans = NerTags.Spans(tags[s]).ToList();
            for (var i = 0; i < spans.Count; i++)
            {
                var (start, end, type) = spans[i];
                // "l'Azerbaïdjan", "dell'Unione": the elided article is no part of the name.
                var first = pieces[s][start].Span;
                var span = new TextSpan(first.Start + Elision.PrefixLength(first.Slice(text)), pieces[s][end - 1].Span.End);
                var surface = span.Slice(text);
                var key = _keys.Key(surface, article.Language);
                if (IsName(surface, type, key)
                    && !(start == 0 && type == EntityType.Per && IsCapitalisedCommonWord(document[s], end, model.Lexicon, () => inner ??= InnerTokens(document))))
                {
                    var complement = type == EntityType.Per && i + 1 < spans.Count && spans[i + 1] is { Type: EntityType.Per } next
                        && next.Start == end + 1 && document[s].Tokens[end] == "," && FollowsTitle(document[s], start);
                    found.Add((new Mention(span, surface, type, key), complement));
                }
            }
        }

        // "ministrul [Afacerilor Interne], Cătălin Vlădescu": a person span between an office and a person's name
        // in apposition, named nowhere else in the document, is the office's field, not a second person.
        var keys = found.CountBy(f => f.Mention.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return article with { Mentions = [.. found.Where(f => !f.OfficeComplement || keys[f.Mention.Key] > 1).Select(f => f.Mention)] };
    }

    /// <summary>Whether the one to three tokens before <paramref name="start"/> are a title or office ("ministrul", "purtătorul de cuvânt").</summary>
    private bool FollowsTitle(NerSentence sentence, int start)
    {
        for (var n = 1; n <= Math.Min(MaxTitleTokens, start); n++)
        {
            if (_keys.IsTitle(string.Join(' ', sentence.Tokens.Skip(start - n).Take(n))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A person span of a sentence's first word and lowercase words after it, whose first word is a common
    /// word of the language (in the model's frequency list), no known name, and nowhere else in the document
    /// capitalised inside a sentence: a person noun or pronoun capitalised only by its place ("Edilul spune …",
    /// "Oamenii …", "Он …"), which corpora such as RONEC tag as persons but which names no actor. A name in the
    /// same place keeps its mention ("Putin a spus": a listed name; "Lebedeva said": no common word;
    /// "Blinken ging …": "traf Blinken" elsewhere).
    /// </summary>
    private static bool IsCapitalisedCommonWord(NerSentence sentence, int end, NerLexicon lexicon, Func<HashSet<string>> innerTokens)
    {
        for (var k = 1; k < end; k++)
        {
            if (!sentence.Tokens[k].Any(char.IsLower) || char.IsUpper(sentence.Tokens[k][0]))
            {
                return false;
            }
        }

        return lexicon.Bucket(sentence.Lower[0]) > 0 && !lexicon.Names.Phrases.ContainsKey(sentence.Lower[0])
            && !innerTokens().Contains(sentence.Tokens[0]);
    }

    /// <summary>Every token of the document that is not a sentence's first, as written.</summary>
    private static HashSet<string> InnerTokens(List<NerSentence> document)
    {
        var inner = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document)
        {
            for (var k = 1; k < sentence.Count; k++)
            {
                inner.Add(sentence.Tokens[k]);
            }
        }

        return inner;
    }

    /// <summary>
    /// Drops what the tagger took for a name but cannot be one: a bare title ("Präsident", empty key)
    /// or, in a cased script, a person, organisation or place without a capital letter
    /// ("președintele"). MISC keeps lowercase words: nationality adjectives ("russischen") are MISC.
    /// </summary>
    private static bool IsName(string surface, EntityType type, string key) =>
        key.Length > 0
        // "Außenminister Kasachstans" keys to the country: an office described, not a person's name.
        && !(type == EntityType.Per && key.StartsWith('@'))
        && (type == EntityType.Misc || surface.Any(char.IsUpper) || !surface.Any(char.IsLower));
}
