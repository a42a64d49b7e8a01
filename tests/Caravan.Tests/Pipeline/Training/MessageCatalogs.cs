using System.Buffers.Binary;
using System.Text;

namespace Caravan.Tests.Pipeline.Training;

/// <summary>Writes GNU gettext <c>.mo</c> catalogues (the layout msgfmt produces) for the reader's tests.</summary>
internal static class MessageCatalogs
{
    public static byte[] Build(IEnumerable<(string Original, string Translated)> messages, bool bigEndian = false)
    {
        var pairs = messages.OrderBy(m => m.Original, StringComparer.Ordinal).ToList();
        var originals = pairs.Select(p => Encoding.UTF8.GetBytes(p.Original)).ToList();
        var translations = pairs.Select(p => Encoding.UTF8.GetBytes(p.Translated)).ToList();
        const int header = 28;
        var tables = header + (16 * pairs.Count);
        var bytes = new List<byte>();
        var strings = new List<byte>();
        var entries = new List<(int Length, int Offset)>();
        foreach (var text in originals.Concat(translations))
        {
            entries.Add((text.Length, tables + strings.Count));
            strings.AddRange(text);
            strings.Add(0);
        }

        void Word(int value)
        {
            var word = new byte[4];
            if (bigEndian)
            {
                BinaryPrimitives.WriteInt32BigEndian(word, value);
            }
            else
            {
                BinaryPrimitives.WriteInt32LittleEndian(word, value);
            }

            bytes.AddRange(word);
        }

        Word(unchecked((int)0x950412de));
        Word(0);
        Word(pairs.Count);
        Word(header);
        Word(header + (8 * pairs.Count));
        Word(0);
        Word(tables);
        foreach (var (length, offset) in entries)
        {
            Word(length);
            Word(offset);
        }

        bytes.AddRange(strings);
        return [.. bytes];
    }
}
