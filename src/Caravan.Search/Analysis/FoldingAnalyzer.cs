using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Caravan.Search.Analysis;

/// <summary>
/// The analyzer for languages without a Lucene analyzer of their own (Kazakh, Ukrainian, Uzbek...)
/// and for name fields: Unicode word tokens, lowercased, diacritics folded, no stemming, no stop words
/// (a stop list of one language would drop content words of another).
/// </summary>
public sealed class FoldingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LanguageAnalyzers.Version, reader);
        TokenStream stream = new LowerCaseFilter(LanguageAnalyzers.Version, tokenizer);
        // fold after lowercasing: the folding table maps lowercase and uppercase letters alike.
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
