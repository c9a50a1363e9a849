using System.Text;
using System.Text.Json;

namespace OpenData.Api.Seeding.Import;

/// <summary>A report and its curated file, read and checked against each other; nothing here touches the database.</summary>
public sealed record ImportInput(string Path, string Text, ParsedReport Report, CuratedReport Curated)
{
    /// <exception cref="ImportInputException">A file is missing or unreadable, or the pair does not check out.</exception>
    public static async Task<ImportInput> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var curatedPath = SeedFolder.CuratedFor(path);
        if (!File.Exists(path))
        {
            throw new ImportInputException($"{path}: the report file does not exist.");
        }

        if (!File.Exists(curatedPath))
        {
            throw new ImportInputException(
                $"{curatedPath}: the curated file is missing; every report needs its {SeedFolder.CuratedSuffix} beside it.");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        try
        {
            var report = ReportReader.Parse(bytes);
            var text = Encoding.UTF8.GetString(bytes);
            var curated = ReadCurated(curatedPath, await File.ReadAllTextAsync(curatedPath, cancellationToken));
            ReportValidation.Validate(report, curated, text);
            return new ImportInput(path, text, report, curated);
        }
        catch (ReportFormatException ex)
        {
            throw new ImportInputException($"{path}: {ex.Message}", ex);
        }
    }

    private static CuratedReport ReadCurated(string curatedPath, string json)
    {
        try
        {
            return CuratedReportLoader.Parse(json);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $", line {line + 1}" : string.Empty;
            throw new ImportInputException($"{curatedPath}{where}: the curated file does not read: {ex.Message}", ex);
        }
    }
}

/// <summary>Why an import was refused before it started, as a message for the console.</summary>
public sealed class ImportInputException(string message, Exception? innerException = null) : Exception(message, innerException);
