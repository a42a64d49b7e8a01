namespace Caravan.Core.Model;

public static class LanguageCodes
{
    /// <summary>The code for text whose language cannot be decided.</summary>
    public const string Undetermined = "und";
}
