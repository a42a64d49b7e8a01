using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>`?page=&amp;size=` of the list endpoints: page from 1, size from 1 to the configured maximum.</summary>
internal readonly record struct Paging(int Page, int Size)
{
    public const int DefaultSize = 20;

    public int Skip => (Page - 1) * Size;

    /// <summary>The paging of a request, or the problem (400) naming the bad parameter.</summary>
    public static (Paging Paging, IResult? Problem) From(HttpRequest request, int maxSize)
    {
        if (!TryRead(request, "page", 1, 1, 1_000_000, out var page))
        {
            return (default, Problems.BadRequest("page must be a whole number from 1"));
        }

        if (!TryRead(request, "size", DefaultSize, 1, maxSize, out var size))
        {
            return (default, Problems.BadRequest(string.Create(CultureInfo.InvariantCulture, $"size must be a whole number from 1 to {maxSize}")));
        }

        return (new Paging(page, size), null);
    }

    public object Wrap<T>(IEnumerable<T> all)
    {
        var list = all as IReadOnlyCollection<T> ?? [.. all];
        return new { page = Page, size = Size, total = list.Count, items = list.Skip(Skip).Take(Size) };
    }

    private static bool TryRead(HttpRequest request, string name, int fallback, int min, int max, out int value)
    {
        value = fallback;
        var raw = request.Query[name];
        if (raw.Count == 0)
        {
            return true;
        }

        return raw.Count == 1
            && int.TryParse(raw[0], NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value >= min && value <= max;
    }
}
