namespace Caravan.Core.Model;

/// <summary>What an article carries so far; stages declare which they need and which they add.</summary>
[Flags]
public enum ArticleFeatures
{
    None = 0,
    /// <summary>Raw bytes are present (set at ingestion).</summary>
    Raw = 1 << 0,
    /// <summary>Title, text, paragraphs and metadata are extracted and cleaned.</summary>
    Text = 1 << 1,
    Language = 1 << 2,
    Sentences = 1 << 3,
    Mentions = 1 << 4,
    Quotes = 1 << 5,
    Relations = 1 << 6,
    Fingerprint = 1 << 7,
    /// <summary>Mentions are linked to corpus-wide actors (corpus stage).</summary>
    Actors = 1 << 8,
    /// <summary>Duplicate/syndication link set (corpus stage).</summary>
    Duplicates = 1 << 9,
    /// <summary>Story assigned (corpus stage).</summary>
    Story = 1 << 10,
}
