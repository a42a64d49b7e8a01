using Caravan.Core.Search;
using Npgsql;

namespace Caravan.Storage.Postgres.Search;

/// <summary>
/// A search compiled to SQL over <c>search_articles s</c>: the WHERE clause, the score expression, the
/// tsquery that highlights snippets, and the actors the query named.
/// </summary>
internal sealed record CompiledSearch(string Where, string Score, string Headline, SqlParameters Parameters, ImmutableArray<ActorMatch> Actors);

/// <summary>
/// Compiles a <see cref="SearchQuery"/> the way the Lucene index does: every word is required and may
/// match in any indexed language (its tsquery in each configuration, OR-ed), a word that is a stop word
/// in some language becomes optional, and a run of words naming an actor also matches that actor's
/// articles. Filters are plain conditions.
/// </summary>
internal static class SearchCompiler
{
    /// <summary>Score added to an article that mentions an actor the query named (ts_rank values are small).</summary>
    private const double ActorBonus = 0.1;

    public static CompiledSearch Compile(NpgsqlConnection connection, SearchQuery search, IReadOnlyList<string> configs)
    {
        var words = QueryWords.Split(search.Text);
        var lookup = ActorLookup.Load(connection,
            [.. QueryWords.Candidates(words), .. search.Actor is { Length: > 0 } a ? [Caravan.Search.Indexing.NameFolding.Fold(a)] : Array.Empty<string>()],
            [.. words.Select(Caravan.Search.Indexing.NameFolding.Fold), .. search.Actor is { Length: > 0 } b ? [Caravan.Search.Indexing.NameFolding.Fold(b)] : Array.Empty<string>()]);
        var groups = QueryWords.Group(words, lookup.Find);
        var filterActors = search.Actor is { Length: > 0 } actor ? ResolveActor(connection, actor, lookup) : null;
        var highlightIds = groups.SelectMany(g => g.ActorIds).Concat(filterActors ?? []).Distinct(StringComparer.Ordinal).ToArray();
        var analysis = WordAnalysis.Run(connection, words, configs, highlightIds);

        var parameters = new SqlParameters();
        var where = new List<string>();
        var rankParts = new List<string>();
        var matches = ImmutableArray.CreateBuilder<ActorMatch>();
        var offset = 0;
        foreach (var group in groups)
        {
            var parts = group.Words.Select((_, i) => analysis.WordQueries[offset + i]).ToList();
            var text = string.Join(" & ", parts.OfType<string>());
            var optional = parts.Any(p => p is null) && group.ActorIds.Length == 0;
            offset += group.Words.Length;
            if (text.Length > 0)
            {
                rankParts.Add("(" + text + ")");
            }

            foreach (var id in group.ActorIds)
            {
                matches.Add(new ActorMatch(id, analysis.Names.GetValueOrDefault(id, id), string.Join(' ', group.Words)));
            }

            var clauses = new List<string>();
            if (text.Length > 0)
            {
                clauses.Add($"s.document @@ {parameters.Add(text)}::tsquery");
            }

            if (group.ActorIds.Length > 0)
            {
                clauses.Add($"s.actors && {parameters.Add(group.ActorIds.ToArray())}::text[]");
            }

            if (clauses.Count > 0 && !optional)
            {
                where.Add("(" + string.Join(" OR ", clauses) + ")");
            }
        }

        var rank = string.Join(" | ", rankParts);
        if (where.Count == 0 && rank.Length > 0)
        {
            // Only optional words (stop words somewhere): at least one of them must match, as in Lucene.
            where.Add($"s.document @@ {parameters.Add(rank)}::tsquery");
        }

        where.AddRange(Filters(search, filterActors, parameters));
        var score = rank.Length > 0 ? $"ts_rank(s.document, {parameters.Add(rank)}::tsquery)" : "0::real";
        var queried = matches.Select(m => m.Id).Distinct(StringComparer.Ordinal).ToArray();
        if (queried.Length > 0)
        {
            score += FormattableString.Invariant($" + {ActorBonus}::real * (s.actors && {parameters.Add(queried)}::text[])::int");
        }

        var headline = string.Join(" | ", rankParts.Concat(analysis.VariantQueries.Select(v => "(" + v + ")")));
        return new CompiledSearch(where.Count > 0 ? string.Join(" AND ", where) : "true", score, headline, parameters, matches.ToImmutable());
    }

    /// <summary>The actor with this id, or those with this name or variant (exactly, else fuzzily); none matches nothing.</summary>
    private static string[] ResolveActor(NpgsqlConnection connection, string idOrName, ActorLookup lookup)
    {
        using var command = new NpgsqlCommand("SELECT 1 FROM search_actors WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = idOrName });
        return command.ExecuteScalar() is not null ? [idOrName] : [.. lookup.Find(Caravan.Search.Indexing.NameFolding.Fold(idOrName))];
    }

    private static IEnumerable<string> Filters(SearchQuery search, string[]? actors, SqlParameters parameters)
    {
        if (search.Language is { Length: > 0 } language)
        {
            yield return $"s.language = {parameters.Add(language.ToLowerInvariant())}";
        }

        if (search.Site is { Length: > 0 } site)
        {
            yield return $"s.site_key = {parameters.Add(site.ToLowerInvariant())}";
        }

        if (search.StoryId is { Length: > 0 } story)
        {
            yield return $"s.story_id = {parameters.Add(story)}";
        }

        if (search.Since is { } since)
        {
            yield return $"s.published >= {parameters.Add(since.ToUniversalTime())}";
        }

        if (actors is not null)
        {
            // An unknown actor matches nothing.
            yield return actors.Length > 0 ? $"s.actors && {parameters.Add(actors)}::text[]" : "false";
        }
    }
}
