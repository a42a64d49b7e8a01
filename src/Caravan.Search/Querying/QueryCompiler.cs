using Caravan.Core.Search;
using Caravan.Core.Text;
using Caravan.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Caravan.Search.Querying;

/// <summary>
/// Compiles a search. Each query word is required and may match in any language: it is analysed by
/// every indexed language's analyzer against that language's fields. Runs of words that name an actor
/// (any variant, folded) also match the actor's id, which is how "Tokayev" finds "Tokajew" and
/// "Токаев" articles. A word that one of the languages drops as a stop word becomes optional.
/// </summary>
internal sealed class QueryCompiler(LanguageFieldAnalyzer analyzers, ActorDirectory actors, IReadOnlyList<string> languages)
{
    /// <summary>Longest run of query words tried as one actor name.</summary>
    private const int MaxNameWords = 4;
    private const float TitleBoost = 2f;

    public CompiledQuery Compile(SearchQuery search)
    {
        var words = Core.Text.Tokenizer.Tokenize(search.Text)
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Number)
            .Select(t => t.Text(search.Text))
            .ToList();
        var termsByLanguage = languages.ToDictionary(l => l, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var highlightActors = new HashSet<string>(StringComparer.Ordinal);
        var matches = ImmutableArray.CreateBuilder<ActorMatch>();
        var query = new BooleanQuery();
        var i = 0;
        while (i < words.Count)
        {
            var (length, ids) = LongestActorName(words, i);
            var text = new BooleanQuery();
            var optional = false;
            for (var w = i; w < i + Math.Max(1, length); w++)
            {
                var (clause, dropped) = WordClause(words[w], termsByLanguage);
                optional |= dropped;
                if (clause is not null)
                {
                    text.Add(clause, Occur.MUST);
                }
            }

            var group = new BooleanQuery();
            if (text.Clauses.Count > 0)
            {
                group.Add(text, Occur.SHOULD);
            }

            foreach (var id in ids)
            {
                group.Add(new TermQuery(new Term(IndexFields.Actor, id)), Occur.SHOULD);
                highlightActors.Add(id);
                matches.Add(new ActorMatch(id, actors.NameOf(id), string.Join(' ', words.Skip(i).Take(length))));
            }

            if (group.Clauses.Count > 0)
            {
                query.Add(group, optional && ids.Count == 0 ? Occur.SHOULD : Occur.MUST);
            }

            i += Math.Max(1, length);
        }

        // Filters join the query as unscored required clauses: a conjunction leap-frogs from its rarest
        // clause, where a filter would first be computed over every article (slower at 100k articles).
        var combined = new BooleanQuery();
        if (query.Clauses.Count > 0)
        {
            combined.Add(query, Occur.MUST);
        }

        foreach (var filter in Filters(search, highlightActors, query.Clauses.Count == 0))
        {
            filter.Boost = 0;
            combined.Add(filter, Occur.MUST);
        }

        return new CompiledQuery(combined, termsByLanguage, highlightActors, matches.ToImmutable());
    }

    private (int Length, IReadOnlyList<string> Ids) LongestActorName(List<string> words, int start)
    {
        for (var length = Math.Min(MaxNameWords, words.Count - start); length >= 1; length--)
        {
            var ids = actors.Find(string.Join(' ', words.Skip(start).Take(length)));
            if (ids.Count > 0)
            {
                return (length, ids);
            }
        }

        return (0, []);
    }

    /// <summary>The word in every language's title, text and quote fields; dropped = a stop word somewhere.</summary>
    private (Query? Clause, bool Dropped) WordClause(string word, Dictionary<string, HashSet<string>> termsByLanguage)
    {
        var clause = new BooleanQuery();
        var dropped = false;
        foreach (var language in languages)
        {
            var terms = Analyze(analyzers.ForLanguage(language), word);
            if (terms.Count == 0)
            {
                dropped = true;
                continue;
            }

            termsByLanguage[language].UnionWith(terms);
            foreach (var field in (ReadOnlySpan<string>)[IndexFields.TitleIn(language), IndexFields.TextIn(language), IndexFields.QuotesIn(language)])
            {
                Query fieldQuery = terms.Count == 1 ? new TermQuery(new Term(field, terms[0])) : AllTerms(field, terms);
                if (field == IndexFields.TitleIn(language))
                {
                    fieldQuery.Boost = TitleBoost;
                }

                clause.Add(fieldQuery, Occur.SHOULD);
            }
        }

        return (clause.Clauses.Count > 0 ? clause : null, dropped);
    }

    private static BooleanQuery AllTerms(string field, List<string> terms)
    {
        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            all.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        }

        return all;
    }

    /// <summary>The filter clauses; the article type is required only when no text clause excludes the actor documents.</summary>
    private List<Query> Filters(SearchQuery search, HashSet<string> highlightActors, bool needType)
    {
        var filters = new List<Query>();
        if (needType)
        {
            filters.Add(new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType)));
        }

        if (search.Language is { Length: > 0 } language)
        {
            filters.Add(new TermQuery(new Term(IndexFields.Language, language.ToLowerInvariant())));
        }

        if (search.Site is { Length: > 0 } site)
        {
            filters.Add(new TermQuery(new Term(IndexFields.Site, site.ToLowerInvariant())));
        }

        if (search.StoryId is { Length: > 0 } story)
        {
            filters.Add(new TermQuery(new Term(IndexFields.Story, story)));
        }

        if (search.Since is { } since)
        {
            filters.Add(NumericRangeQuery.NewInt64Range(IndexFields.Published, since.UtcTicks, null, true, true));
        }

        if (search.Actor is { Length: > 0 } actor)
        {
            var ids = actors.Resolve(actor);
            var any = new BooleanQuery();
            foreach (var id in ids)
            {
                any.Add(new TermQuery(new Term(IndexFields.Actor, id)), Occur.SHOULD);
                highlightActors.Add(id);
            }

            // An unknown actor matches nothing.
            filters.Add(ids.Count > 0 ? any : new TermQuery(new Term(IndexFields.Actor, "\u0000none")));
        }

        return filters;
    }

    /// <summary>The terms an analyzer makes of a text.</summary>
    public static List<string> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
