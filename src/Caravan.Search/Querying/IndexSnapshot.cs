using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Caravan.Search.Querying;

/// <summary>One point-in-time view of the index: reader, searcher, actor table and indexed languages.</summary>
internal sealed record IndexSnapshot(DirectoryReader Reader, IndexSearcher Searcher, ActorDirectory Actors, IReadOnlyList<string> Languages)
{
    public static IndexSnapshot Open(DirectoryReader reader)
    {
        var searcher = new IndexSearcher(reader);
        var languages = new List<string>();
        var terms = MultiFields.GetTerms(reader, IndexFields.Language);
        if (terms is not null)
        {
            var e = terms.GetEnumerator();
            while (e.MoveNext())
            {
                languages.Add(e.Term.Utf8ToString());
            }
        }

        return new IndexSnapshot(reader, searcher, ActorDirectory.Load(searcher), languages);
    }
}
