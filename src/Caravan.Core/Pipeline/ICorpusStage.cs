using Caravan.Core.Model;

namespace Caravan.Core.Pipeline;

/// <summary>
/// A stage that keeps corpus-level state (actor table, recent stories, wire-copy signatures).
/// The stage itself is an immutable definition; <see cref="Open"/> starts a session that holds the
/// state for one ordered stream of articles.
/// </summary>
public interface ICorpusStage
{
    StageInfo Info { get; }

    ICorpusSession Open();
}

/// <summary>
/// The state of a corpus stage over one stream. Not thread-safe: articles arrive one at a time, in
/// stream order. <see cref="Restore"/> replays an article processed earlier (by this stage) so a
/// resumed run reaches exactly the state an uninterrupted run would have.
/// </summary>
public interface ICorpusSession
{
    Article Process(Article article, CancellationToken cancellationToken);

    void Restore(Article article);
}
