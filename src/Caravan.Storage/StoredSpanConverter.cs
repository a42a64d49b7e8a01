using System.Text.Json;
using System.Text.Json.Serialization;

namespace Caravan.Storage;

/// <summary>
/// A span as stored: <c>[start, end]</c>. The default form, <c>{"Start":0,"End":7,"Length":7}</c>, repeats two property
/// names and the derived length for each of an article's hundreds of spans (issue #8: store per article). Reads
/// both forms: stores written before hold the object.
/// </summary>
internal sealed class StoredSpanConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var start = Next(ref reader);
            var end = Next(ref reader);
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
            {
                throw new JsonException("a stored span is [start, end]");
            }

            return new TextSpan(start, end);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a stored span is [start, end] or {\"Start\", \"End\"}");
        }

        int? first = null, last = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            var value = Next(ref reader);
            if (name == "Start")
            {
                first = value;
            }
            else if (name == "End")
            {
                last = value;
            }
        }

        return first is { } s && last is { } e ? new TextSpan(s, e) : throw new JsonException("a stored span lacks Start or End");
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }

    private static int Next(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : throw new JsonException("a stored span's offsets are numbers");
}
