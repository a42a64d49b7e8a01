using Caravan.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Caravan.Search.Querying;

/// <summary>
/// Counts every matching article by language, site, day and actor from doc values (ordinals per
/// segment, resolved to strings once per segment), without loading stored fields.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sites = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _days = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _actors = new(StringComparer.Ordinal);
    private Segment? _segment;

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _segment = new Segment(
            SingleValued.Open(reader.GetSortedDocValues(IndexFields.LanguageValues)),
            SingleValued.Open(reader.GetSortedDocValues(IndexFields.SiteValues)),
            SingleValued.Open(reader.GetSortedDocValues(IndexFields.DayValues)),
            reader.GetSortedSetDocValues(IndexFields.ActorValues));
    }

    public void Collect(int doc)
    {
        Total++;
        var segment = _segment!;
        segment.Languages?.Count(doc);
        segment.Sites?.Count(doc);
        segment.Days?.Count(doc);
        if (segment.Actors is { } actors)
        {
            actors.SetDocument(doc);
            long ord;
            while ((ord = actors.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                segment.ActorCounts[ord]++;
            }
        }
    }

    public SearchFacets Facets(int limit, Func<string, string> actorName)
    {
        Flush();
        return new SearchFacets(
            Top(_languages, limit, v => v),
            Top(_sites, limit, v => v),
            Top(_actors, limit, actorName),
            // Days newest first: a timeline reads better than a popularity list.
            [.. _days.OrderByDescending(p => p.Key, StringComparer.Ordinal).Take(limit).Select(p => new FacetCount(p.Key, p.Key, p.Value))]);
    }

    private static ImmutableArray<FacetCount> Top(Dictionary<string, int> counts, int limit, Func<string, string> label) =>
        [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(limit)
            .Select(p => new FacetCount(p.Key, label(p.Key), p.Value))];

    private void Flush()
    {
        if (_segment is not { } segment)
        {
            return;
        }

        segment.Languages?.AddTo(_languages);
        segment.Sites?.AddTo(_sites);
        segment.Days?.AddTo(_days);
        if (segment.Actors is { } actors)
        {
            var term = new BytesRef();
            for (var ord = 0; ord < segment.ActorCounts.Length; ord++)
            {
                if (segment.ActorCounts[ord] is var count and > 0)
                {
                    actors.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    _actors[key] = _actors.GetValueOrDefault(key) + count;
                }
            }
        }

        _segment = null;
    }

    private sealed record Segment(SingleValued? Languages, SingleValued? Sites, SingleValued? Days, SortedSetDocValues? Actors)
    {
        /// <summary>Hits per actor ordinal of the segment (counted in an array, as the single-valued facets are).</summary>
        public int[] ActorCounts { get; } = new int[Actors?.ValueCount ?? 0];
    }

    /// <summary>Counts of one single-valued facet in one segment, by ordinal.</summary>
    private sealed class SingleValued(SortedDocValues values)
    {
        private readonly int[] _counts = new int[values.ValueCount];

        public static SingleValued? Open(SortedDocValues? values) => values is null ? null : new SingleValued(values);

        public void Count(int doc)
        {
            var ord = values.GetOrd(doc);
            if (ord >= 0)
            {
                _counts[ord]++;
            }
        }

        public void AddTo(Dictionary<string, int> totals)
        {
            var term = new BytesRef();
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    totals[key] = totals.GetValueOrDefault(key) + _counts[ord];
                }
            }
        }
    }
}
