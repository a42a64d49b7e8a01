namespace Caravan.Storage;

/// <summary>
/// The document lists of stories, their per-language summaries and actors are functions of the stored articles (a
/// story's: its articles in store order; a summary's: those in its language; an actor's: the articles that mention it,
/// in store order), as the aggregators build them. The stores leave them out of the corpus tables and fill them in
/// from the articles when they read the corpus (issue #8: about 160 bytes per article).
/// </summary>
internal static class CorpusDocuments
{
    /// <summary>The stories and actors of <paramref name="corpus"/> without their document lists, as stored.</summary>
    public static CorpusResult Strip(CorpusResult corpus) => corpus with
    {
        Stories = [.. corpus.Stories.Select(s => s with { Documents = [], Summaries = [.. s.Summaries.Select(m => m with { Documents = [] })] })],
        Actors = [.. corpus.Actors.Select(a => a with { Documents = [] })],
    };

    /// <summary><paramref name="corpus"/>'s stories and actors with the document lists of <paramref name="articles"/>.</summary>
    public static CorpusResult Fill(CorpusResult corpus, ImmutableArray<Article> articles)
    {
        var stories = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        var actors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (article.StoryId is { } story)
            {
                Add(stories, story, article);
            }

            foreach (var actor in article.Mentions.Select(m => m.ActorId).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                Add(actors, actor, article.Id);
            }
        }

        return corpus with
        {
            Articles = articles,
            Stories = [.. corpus.Stories.Select(s => Fill(s, stories.GetValueOrDefault(s.Id) ?? []))],
            Actors = [.. corpus.Actors.Select(a => a with { Documents = [.. actors.GetValueOrDefault(a.Id) ?? []] })],
        };
    }

    private static Story Fill(Story story, List<Article> members) => story with
    {
        Documents = [.. members.Select(a => a.Id)],
        Summaries = [.. story.Summaries.Select(s => s with
        {
            Documents = [.. members.Where(a => string.Equals(a.Language, s.Language, StringComparison.Ordinal)).Select(a => a.Id)],
        })],
    };

    private static void Add<T>(Dictionary<string, List<T>> lists, string key, T value)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(value);
    }
}
