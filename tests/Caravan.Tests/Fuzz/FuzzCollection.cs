namespace Caravan.Tests.Fuzz;

/// <summary>The fuzz targets run one after another, so the campaign's time is its wall time and no two compete for a core.</summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection
{
    public const string Name = "Fuzz";
}
