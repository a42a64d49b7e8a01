using Caravan.Pipeline.Stages.Language.Training;

namespace Caravan.Tests.Stages.Language.Training;

public class MarkStrippingTests
{
    [Theory]
    [InlineData("Ìjọba àpapọ̀ ti ṣèlérí", "Ijoba apapo ti seleri")]
    [InlineData("orílẹ̀-èdè", "orile-ede")]
    [InlineData("Москва 2023", "Москва 2023")]
    public void Apply_TextWithCombiningMarks_GivesPlainLetters(string marked, string plain) =>
        Assert.Equal(plain, MarkStripping.Apply(marked));
}
