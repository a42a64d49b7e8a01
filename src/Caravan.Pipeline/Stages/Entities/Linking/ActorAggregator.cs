using Caravan.Core.Text;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// Builds the <see cref="Actor"/> records of a corpus from linked articles: canonical name (the most
/// frequent Latin-script form among those with the most words, so "Kassym-Jomart Tokayev" beats
/// "Tokajew", but for a place the gazetteer named the most frequent form, so "Russland" beats one "Russischen
/// Föderation"; a form starting with a title only when there is no other, so "Ionel Stan" beats
/// "primarul Ionel Stan", nor one opened by a lowercase description, so "Constanța" beats "portul Constanța"; then one that is no English possessive ("Romania" before "Romania's") and one
/// tagged with the actor's type, so a country is not named by its adjective ("Germany" before "German")),
/// type (the most frequent non-MISC type), every variant with its language and count, the documents in
/// input order, and the mention count. Ordered by mentions, then name, then id.
/// </summary>
public static class ActorAggregator
{
    public static ImmutableArray<Actor> Aggregate(IReadOnlyList<Article> articles)
    {
        var groups = new Dictionary<string, List<(Mention Mention, Article Article)>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var m in article.Mentions)
            {
                if (m.ActorId is null)
                {
                    continue;
                }

                if (!groups.TryGetValue(m.ActorId, out var list))
                {
                    groups[m.ActorId] = list = [];
                }

                list.Add((m, article));
            }
        }

        return [.. groups.Select(g => Build(g.Key, g.Value))
            .OrderByDescending(a => a.Mentions)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    private static Actor Build(string id, List<(Mention Mention, Article Article)> mentions)
    {
        var variants = mentions
            .GroupBy(x => (x.Mention.Surface, x.Article.Language))
            .Select(g => new ActorVariant(g.Key.Surface, g.Key.Language, g.Count()))
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.Surface, StringComparer.Ordinal)
            .ThenBy(v => v.Language, StringComparer.Ordinal)
            .ToImmutableArray();
        var types = mentions.GroupBy(x => x.Mention.Type).OrderByDescending(g => g.Key != EntityType.Misc)
            .ThenByDescending(g => g.Count()).ThenBy(g => g.Key);
        var place = id.StartsWith("loc:@", StringComparison.Ordinal);
        var type = place ? EntityType.Loc : types.First().Key;
        var surfaces = mentions.GroupBy(x => x.Mention.Surface, StringComparer.Ordinal)
            .Select(g => (Surface: g.Key, Count: g.Count(), Words: WordCount(g.Key), Latin: IsLatin(g.Key),
                Titled: TitleList.Default.LeadingTitleLength(EntityKeys.Words(g.Key)) > 0
                    || EntityKeys.OpensWithDescription(g.Key, g.First().Article.Language),
                Possessive: IsPossessive(g.Key),
                OfType: g.Any(x => x.Mention.Type == type)))
            .ToList();
        var name = surfaces
            .OrderByDescending(s => s.Latin)
            .ThenBy(s => s.Titled)
            .ThenBy(s => s.Possessive)
            .ThenByDescending(s => s.OfType)
            .ThenByDescending(s => place ? s.Count : 0)
            .ThenByDescending(s => s.Words)
            .ThenByDescending(s => s.Count)
            .ThenBy(s => s.Surface, StringComparer.Ordinal)
            .First().Surface;
        var documents = mentions.Select(x => x.Article.Id).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new Actor(id, name, type, variants, documents, mentions.Count);
    }

    private static int WordCount(string surface) => Tokenizer.Tokenize(surface).Count(t => t.Kind == TokenKind.Word);

    /// <summary>"Romania's", "the EU’s": a possessive form, never the canonical name while another form exists.</summary>
    private static bool IsPossessive(string surface) =>
        surface.EndsWith("'s", StringComparison.Ordinal) || surface.EndsWith("’s", StringComparison.Ordinal);

    private static bool IsLatin(string surface) => surface.All(c => !char.IsLetter(c) || c < '\u0250' || c is >= '\u1E00' and < '\u1F00');
}
