using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Tests.Pipeline.Stories;

public class CyrillicReadingTests
{
    [Theory]
    [InlineData("Джонс", "jons")]
    [InlineData("Джексон", "jekson")]
    [InlineData("ДЖОНСОН", "jonson")]
    [InlineData("Анджела", "anjela")] // inside a word too
    [InlineData("Джеджу", "jeju")] // twice
    public void Read_Dzh_ReadsJ(string word, string expected) => Assert.Equal(expected, CyrillicReading.Read(word));

    [Theory]
    [InlineData("Москва")]
    [InlineData("Жуков")] // ж alone keeps its general reading
    [InlineData("Jones")]
    public void Read_NoDzh_Null(string word) => Assert.Null(CyrillicReading.Read(word));
}
