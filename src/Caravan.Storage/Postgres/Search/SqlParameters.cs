namespace Caravan.Storage.Postgres.Search;

/// <summary>Positional parameters of a statement being built: <see cref="Add"/> returns the placeholder.</summary>
internal sealed class SqlParameters
{
    private readonly List<object?> _values = [];

    public IReadOnlyList<object?> Values => _values;

    public string Add(object? value)
    {
        _values.Add(value);
        return "$" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
