using Caravan.Core.Model;

namespace Caravan.Core.Search;

/// <summary>
/// A full-text index derived from the store: rebuildable at any time from a <see cref="CorpusResult"/>,
/// never the source of truth. The seam for the CLI and a future web server. Searching is thread-safe;
/// updates are serialised by the implementation.
/// </summary>
public interface ISearchIndex : IDisposable
{
    /// <summary>Whether the index has been built (an absent index finds nothing rather than failing).</summary>
    bool Exists { get; }

    /// <summary>
    /// A value that changes with every commit the index's searches can see, by this process or another
    /// one; empty when there is no index. Answers cached under it stay true while it holds.
    /// </summary>
    string Version { get; }

    /// <summary>Brings the index in line with the corpus: adds new or changed articles, drops removed ones, replaces the actor table.</summary>
    IndexUpdate Update(CorpusResult corpus, CancellationToken cancellationToken = default);

    /// <summary>Drops everything and indexes the corpus anew.</summary>
    IndexUpdate Rebuild(CorpusResult corpus, CancellationToken cancellationToken = default);

    SearchResults Search(SearchQuery query, CancellationToken cancellationToken = default);
}

/// <summary>What an index update did.</summary>
public sealed record IndexUpdate(int Added, int Removed, int Unchanged, int Actors, TimeSpan Elapsed);
