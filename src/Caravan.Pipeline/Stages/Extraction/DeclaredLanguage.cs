namespace Caravan.Pipeline.Stages.Extraction;

/// <summary>A page's declared language (&lt;html lang="de-DE"&gt;) reduced to the project's codes ("de").</summary>
public static class DeclaredLanguage
{
    public static string? Normalize(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang))
        {
            return null;
        }

        var code = lang.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }
}
