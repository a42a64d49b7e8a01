using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Caravan.Search.Indexing;

/// <summary>Which article versions the committed index holds, and the schema stamp of a commit.</summary>
internal static class IndexVersions
{
    private const string SchemaKey = "caravan.schema";

    /// <summary>The version keys of live articles, or null when there is no index or its schema differs (rebuild).</summary>
    public static HashSet<string>? Read(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }

        using var reader = DirectoryReader.Open(directory);
        if (!HasCurrentSchema(reader))
        {
            return null;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, IndexFields.Version);
        if (terms is null)
        {
            return keys;
        }

        var live = MultiFields.GetLiveDocs(reader);
        var e = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (e.MoveNext())
        {
            // Deleted documents keep their terms until a merge: count a key only if a live document has it.
            docs = e.Docs(live, docs, DocsFlags.NONE);
            if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                keys.Add(e.Term.Utf8ToString());
            }
        }

        return keys;
    }

    /// <summary>Whether the reader's commit was written with this version's schema (else searches need a rebuild first).</summary>
    public static bool HasCurrentSchema(DirectoryReader reader) =>
        reader.IndexCommit.UserData.TryGetValue(SchemaKey, out var schema) && schema == IndexFields.SchemaVersion;

    public static void Commit(IndexWriter writer)
    {
        writer.SetCommitData(new Dictionary<string, string>(StringComparer.Ordinal) { [SchemaKey] = IndexFields.SchemaVersion });
        writer.Commit();
    }
}
