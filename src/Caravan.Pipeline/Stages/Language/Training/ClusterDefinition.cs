using Caravan.Core.Errors;
using Caravan.Core.Languages;

namespace Caravan.Pipeline.Stages.Language.Training;

/// <summary>One cluster of close languages the second pass tells apart, as listed in <c>Languages/xx/langid-clusters.txt</c>.</summary>
public sealed record ClusterDefinition(WritingScript Script, ImmutableArray<string> Codes)
{
    /// <summary>The clusters of the shipped model.</summary>
    public static ImmutableArray<ClusterDefinition> Listed() =>
    [
        .. LanguageData.Lines("xx", "langid-clusters").Select(line =>
        {
            var parts = line.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3 || !Enum.TryParse<WritingScript>(parts[0], out var script))
            {
                throw new CaravanException(ErrorCode.InvalidRecord, $"langid-clusters.txt: '{line}' is not 'script code code ...'");
            }

            return new ClusterDefinition(script, [.. parts.Skip(1)]);
        }),
    ];
}
