namespace Caravan.Storage;

/// <summary>
/// Copies a whole store into another (`caravan migrate`): raw documents in first-received order,
/// articles in processing order, the corpus tables, fetch state and API key hashes, in batches of
/// <see cref="BatchSize"/>. Writes skip rows already copied, so an interrupted copy is completed by
/// running it again. The copy is verified by comparing the row counts of every table.
/// </summary>
public static class StoreMigration
{
    public const int BatchSize = 500;

    public static MigrationReport Copy(IStoreTransfer from, IStoreTransfer to, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var raw = 0;
        foreach (var batch in from.ReadRawDocuments().Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            to.SaveRawDocuments(batch);
            progress?.Invoke(FormattableString.Invariant($"{raw += batch.Length} raw documents"));
        }

        var signature = from.PipelineSignature;
        var articles = 0;
        foreach (var batch in from.ReadArticles().Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            to.SaveArticles(batch, signature);
            progress?.Invoke(FormattableString.Invariant($"{articles += batch.Length} articles"));
        }

        if (signature is not null && articles == 0)
        {
            to.SaveArticles([], signature);
        }

        to.ReplaceCorpus(from.ReadCorpusTables());
        to.SaveFetchStates([.. from.ReadFetchStates()]);
        to.ImportApiKeys([.. from.ReadApiKeys()]);
        return new MigrationReport(from.CountAll(), to.CountAll());
    }
}

/// <summary>Row counts of both stores after a copy; <see cref="Verified"/> when every table matches.</summary>
public sealed record MigrationReport(TransferCounts Source, TransferCounts Target)
{
    public bool Verified => Source == Target;

    /// <summary>Table name, source rows, target rows: what the verb prints.</summary>
    public IEnumerable<(string Table, int Source, int Target)> Rows()
    {
        yield return ("raw_documents", Source.Store.RawDocuments, Target.Store.RawDocuments);
        yield return ("articles", Source.Store.Articles, Target.Store.Articles);
        yield return ("stories", Source.Store.Stories, Target.Store.Stories);
        yield return ("actors", Source.Store.Actors, Target.Store.Actors);
        yield return ("relations", Source.Store.Relations, Target.Store.Relations);
        yield return ("fetch_state", Source.FetchStates, Target.FetchStates);
        yield return ("api_keys", Source.ApiKeys, Target.ApiKeys);
    }
}
