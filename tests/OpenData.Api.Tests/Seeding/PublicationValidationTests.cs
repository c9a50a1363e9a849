using OpenData.Api.Seeding;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Seeding;

/// <summary>A curated publication date must quote the report that prints it, and an address must be one.</summary>
public sealed class PublicationValidationTests
{
    private static readonly CuratedReport _curated = CuratedReportLoader.Load(RepoPaths.Seed("sosep-rendicion-de-cuentas-2021-c1.curated.json"));

    [Fact]
    public void Validate_DateWithAQuoteOfTheReport_Passes()
    {
        // A "Fuente" line stands in for a printed publication date: the check is that the words are the report's.
        var publication = new CuratedPublication(new DateOnly(2021, 5, 5), "Fuente: Dirección Financiera con fecha 05/05/2021.", "https://example.org/informe.txt");

        ReportValidation.Validate(SeedReport.Parsed, _curated with { Publication = publication }, SeedReport.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Publicado el 10 de mayo de 2021.")]
    public void Validate_DateWithoutAQuoteOfTheReport_IsRefused(string? quote)
    {
        var curated = _curated with { Publication = new CuratedPublication(new DateOnly(2021, 5, 10), quote) };

        var error = Assert.Throws<ReportFormatException>(() => ReportValidation.Validate(SeedReport.Parsed, curated, SeedReport.Text));
        Assert.Contains("the publication date 2021-05-10 needs a quote", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("example.org/informe.txt")]
    [InlineData("ftp://example.org/informe.txt")]
    public void Validate_AddressThatIsNotAnHttpUrl_IsRefused(string url)
    {
        var curated = _curated with { Publication = new CuratedPublication(Url: url) };

        var error = Assert.Throws<ReportFormatException>(() => ReportValidation.Validate(SeedReport.Parsed, curated, SeedReport.Text));
        Assert.Contains("is not an absolute http or https URL", error.Message, StringComparison.Ordinal);
    }
}
