using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Caravan.Search.Querying;

/// <summary>
/// Where analysed terms occur in one document's field, read from the postings: the per-language text
/// fields are indexed with offsets (<see cref="Indexing.ArticleDocuments"/>), so a snippet needs no
/// second analysis of the hit's text (which cost most of a search's time).
/// </summary>
internal static class TermOffsets
{
    /// <summary>The character spans of <paramref name="terms"/> in <paramref name="field"/> of document <paramref name="doc"/> (index-wide id).</summary>
    public static IEnumerable<TextSpan> Find(IndexReader reader, int doc, string field, IReadOnlySet<string> terms)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var target = doc - leaf.DocBase;
        if (leaf.AtomicReader.GetTerms(field) is not { } fieldTerms)
        {
            return [];
        }

        var spans = new List<TextSpan>();
        var e = fieldTerms.GetEnumerator();
        DocsAndPositionsEnum? postings = null;
        foreach (var term in terms)
        {
            if (!e.SeekExact(new BytesRef(term)))
            {
                continue;
            }

            postings = e.DocsAndPositions(leaf.AtomicReader.LiveDocs, postings, DocsAndPositionsFlags.OFFSETS);
            if (postings is null || postings.Advance(target) != target)
            {
                continue;
            }

            for (var i = postings.Freq; i > 0; i--)
            {
                postings.NextPosition();
                spans.Add(new TextSpan(postings.StartOffset, postings.EndOffset));
            }
        }

        return spans;
    }
}
