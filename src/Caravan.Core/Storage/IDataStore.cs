namespace Caravan.Core.Storage;

/// <summary>
/// Everything a `--db` names: the articles, the feeds' fetch state and the API keys. Implemented by
/// the embedded SQLite store and the PostgreSQL store; opened through a store location.
/// </summary>
public interface IDataStore : IArticleStore, IFetchStateStore, IApiKeyStore;
