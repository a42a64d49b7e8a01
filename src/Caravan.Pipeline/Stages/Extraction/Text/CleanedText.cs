namespace Caravan.Pipeline.Stages.Extraction.Text;

/// <summary>Plain text after cleaning: a headline when the first line was one, the body paragraphs, and a site name when the headline carried one.</summary>
public sealed record CleanedText(string? Title, IReadOnlyList<string> Paragraphs, string? Site)
{
    public string Text => string.Join("\n\n", Paragraphs);
}
