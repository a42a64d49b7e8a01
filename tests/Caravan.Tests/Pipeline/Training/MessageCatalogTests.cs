using System.Buffers.Binary;
using Caravan.Core.Errors;
using Caravan.Pipeline.Training;
using CsCheck;

namespace Caravan.Tests.Pipeline.Training;

public class MessageCatalogTests
{
    private static readonly (string, string)[] Messages =
    [
        ("", "Content-Type: text/plain; charset=UTF-8\n"),
        ("Russian Federation", "Russische Föderation"),
        ("Republic of Kazakhstan", "Republik Kasachstan"),
        ("month\u0004May", "Mai"),
        ("country\0countries", "Land\0Länder"),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_EitherByteOrder_KeepsSingularMessagesWithoutContext(bool bigEndian)
    {
        var messages = MessageCatalog.Parse(MessageCatalogs.Build(Messages, bigEndian), "de.mo");
        Assert.Equal(2, messages.Count);
        Assert.Equal("Russische Föderation", messages["Russian Federation"]);
        Assert.Equal("Republik Kasachstan", messages["Republic of Kazakhstan"]);
    }

    [Fact]
    public void Parse_NotACatalogue_NamesTheInputAndTheProblem()
    {
        var error = Assert.Throws<CaravanException>(() => MessageCatalog.Parse("# a .po source, not compiled\nmsgid \"\"\n"u8, "de.po"));
        Assert.Equal(ErrorCode.InvalidRecord, error.Code);
        Assert.Contains("de.po", error.Message, StringComparison.Ordinal);
        Assert.Contains("magic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StringRunningPastTheEnd_IsAnError()
    {
        var bytes = MessageCatalogs.Build(Messages);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(28 + 8), bytes.Length);
        var error = Assert.Throws<CaravanException>(() => MessageCatalog.Parse(bytes, "de.mo"));
        Assert.Contains("past the end", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsAnError()
    {
        var bytes = MessageCatalogs.Build([("Russian Federation", "Russische Foederation")]);
        var at = bytes.AsSpan().IndexOf("Foed"u8);
        bytes[at + 1] = 0xff;
        var error = Assert.Throws<CaravanException>(() => MessageCatalog.Parse(bytes, "de.mo"));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Property_DamagedCatalogueReadsOrFailsWithACaravanError()
    {
        var whole = MessageCatalogs.Build(Messages);
        Gen.Select(Gen.Int[0, whole.Length], Gen.Int[0, whole.Length - 1], Gen.Byte).Sample((cut, at, value) =>
        {
            var bytes = (byte[])whole.Clone();
            bytes[at] = value;
            try
            {
                _ = MessageCatalog.Parse(bytes.AsSpan(0, cut), "damaged.mo");
            }
            catch (CaravanException e)
            {
                Assert.Contains("damaged.mo", e.Message, StringComparison.Ordinal);
            }
        }, iter: 500);
    }
}
