using System.Text.Json.Nodes;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Import;

/// <summary>
/// A bad report or curated file is refused before anything is written: exit code 1, the table and line on stderr,
/// and the database exactly as it was. Each bad file is a corrected 2021-T2 (Petén 320) over a loaded 2021-T2
/// (Petén 310), so a partial write would show.
/// </summary>
public sealed class ImportRefusalTests : IDisposable
{
    private readonly ImportFolder _folder = new();

    [Theory]
    [InlineData("truncated", "MCSM", 188, "caption")] // cut after line 200: the MCSM table's caption (line 205) is gone
    [InlineData("reordered", "Servicio Social", 184, "\"SERVICIO SOCIAL\" not found")] // Hogares (73-136) moved after Servicio Social (137-186)
    [InlineData("garbled", "Hogares Comunitarios", 98, "\"1,0x9\"")]
    [InlineData("unknown department", "Niños atendidos y Centros de Atención en funcionamiento desagregado a nivel departamental y municipal, enero-abril de 2021.", 107, "\"Peten\" is not one of Guatemala's 22 departments")]
    public async Task Import_BadReport_IsRefusedWithTableAndLineAndChangesNothing(string variant, string table, int line, string problem)
    {
        var (cs, before) = await LoadedSecondTermAsync();
        var corrected = TermReports.Term("SEGUNDO", 320);
        var text = variant switch
        {
            "truncated" => string.Join('\n', corrected.Split('\n').Take(200)),
            "reordered" => TermReports.MoveLines(corrected, 73, 136, 186),
            "garbled" => TermReports.ReplaceOnce(corrected, "\nChimaltenango\t12\t10\t37\t1,009\n", "\nChimaltenango\t12\t10\t37\t1,0x9\n"),
            _ => TermReports.ReplaceOnce(corrected, "\nPetén\t9\t0\t12\t320\n", "\nPeten\t9\t0\t12\t320\n"),
        };

        var run = await ImportRun.RunAsync(cs, _folder.Write("bad", text));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Table \"{table}\", line {line}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(problem, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(before, await DatabaseState.CaptureAsync(cs));
    }

    [Fact]
    public async Task Import_CuratedQuoteNotInReport_IsRefusedAndChangesNothing()
    {
        var (cs, before) = await LoadedSecondTermAsync();
        var report = _folder.Write("misquoted", TermReports.Term("SEGUNDO", 320));
        var curated = Path.ChangeExtension(report, null) + ".curated.json";
        var json = JsonNode.Parse(await File.ReadAllTextAsync(curated))!;
        json["shelterDepartmentQuote"] = "Un albergue en Escuintla que el informe no menciona.";
        await File.WriteAllTextAsync(curated, json.ToJsonString());

        var run = await ImportRun.RunAsync(cs, report);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Table \"Curated\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("shelter department is not in the report", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseState.CaptureAsync(cs));
    }

    [Fact]
    public async Task Import_CuratedFileNotJson_IsRefusedNamingTheFileAndLine()
    {
        var (cs, before) = await LoadedSecondTermAsync();
        var report = _folder.Write("broken-json", TermReports.Term("SEGUNDO", 320));
        var curated = Path.ChangeExtension(report, null) + ".curated.json";
        await File.WriteAllTextAsync(curated, "{\n  \"programs\": [\n    oops\n");

        var run = await ImportRun.RunAsync(cs, report);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{curated}, line 3: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseState.CaptureAsync(cs));
    }

    [Fact]
    public async Task Import_NoCuratedFileBeside_IsRefusedAndChangesNothing()
    {
        var (cs, before) = await LoadedSecondTermAsync();
        var report = _folder.Write("alone", TermReports.Term("SEGUNDO", 320), withCurated: false);

        var run = await ImportRun.RunAsync(cs, report);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Path.Combine(_folder.Path, "alone.curated.json")}: the curated file is missing", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseState.CaptureAsync(cs));
    }

    [Theory]
    [InlineData]
    [InlineData("a.txt", "b.txt")]
    public async Task Import_WrongArguments_IsAUsageError(params string[] args)
    {
        var run = await ImportRun.RunAsync("Data Source=unused.db", args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("Usage: ", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<(string ConnectionString, DatabaseState Before)> LoadedSecondTermAsync()
    {
        var cs = await TestDatabase.BuildNewAsync();
        (await ImportRun.RunAsync(cs, _folder.Write("term-2", TermReports.Term("SEGUNDO", 310)))).Succeeded();
        var before = await DatabaseState.CaptureAsync(cs);
        Assert.Equal("2021-T1, 2021-T2", before.Periods);
        return (cs, before);
    }
}
