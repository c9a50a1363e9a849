using System.Text.Encodings.Web;
using System.Text.Json;
using OpenData.Api.Features.Provenance;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.Hosting;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;

namespace OpenData.Api.Exports;

/// <summary>
/// <c>GET /export/datapackage.json</c>: a Frictionless Data Package (v1) describing every export, its CSV as a
/// tabular resource and its JSON beside it, with each column's type and meaning, keys, licence and sources.
/// </summary>
internal sealed class DataPackage(ExportCatalog catalog, EntityRegistry registry, QueryEngine engine, Caching.DataVersion version)
{
    private static readonly JsonWriterOptions _options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task WriteAsync(HttpContext context)
    {
        var documents = registry.For(typeof(ReportDocument));
        var loaded = await engine.RowsAsync(new RowsQuery(Projection.All(documents.Table), null, [], 0, int.MaxValue, false), context.RequestAborted);
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter, _options);
        json.WriteStartObject();
        json.WriteString("profile", "data-package");
        json.WriteString("name", "sosep-rendicion-de-cuentas");
        json.WriteString("title", "SOSEP Rendición de Cuentas — every figure of the accountability reports of Guatemala's Secretaría de Obras Sociales de la Esposa del Presidente");
        json.WriteString("description", "Budget, programmes, per-department coverage, physical goals, donations and shelters, exactly as the reports print them, each row with the report, table, \"Fuente\" line and line it was read from. Blank cells are empty, never 0.");
        // When the data it describes was made: the latest load of a report into this database.
        json.WriteString("created", version.Since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        WriteLicences(json);
        json.WriteStartArray("sources");
        foreach (var document in loaded.Rows.Cast<ReportDocument>())
        {
            json.WriteStartObject();
            json.WriteString("title", document.Title);
            if (document.Url is { } url)
            {
                json.WriteString("path", url);
            }

            json.WriteString("fileName", document.FileName);
            json.WriteString("publisher", document.Publisher);
            json.WriteString("hash", $"sha256:{document.Sha256}");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("contributors");
        WriteContributor(json, "Secretaría de Obras Sociales de la Esposa del Presidente (SOSEP), Guatemala", "publisher");
        WriteContributor(json, "OpenData, who read the reports into tables", "wrangler");
        json.WriteEndArray();
        json.WriteStartArray("resources");
        foreach (var export in catalog.All)
        {
            WriteResource(json, export, "csv");
            WriteResource(json, export, "json");
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
        // The writer only hands its bytes to the pipe; flushing the pipe sends them on (through the output cache too).
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private static void WriteLicences(Utf8JsonWriter json)
    {
        json.WriteStartArray("licenses");
        json.WriteStartObject();
        json.WriteString("name", DataLicence.Name);
        json.WriteString("path", DataLicence.Path);
        json.WriteString("title", DataLicence.Title);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteContributor(Utf8JsonWriter json, string title, string role)
    {
        json.WriteStartObject();
        json.WriteString("title", title);
        json.WriteString("role", role);
        json.WriteEndObject();
    }

    private static void WriteResource(Utf8JsonWriter json, Export export, string format)
    {
        var csv = format == "csv";
        json.WriteStartObject();
        json.WriteString("name", csv ? export.Name : $"{export.Name}-json");
        json.WriteString("path", $"{export.Name}.{format}");
        json.WriteString("profile", csv ? "tabular-data-resource" : "data-resource");
        json.WriteString("title", export.Title);
        json.WriteString("description", csv ? export.Description : $"{export.Description} (The same rows as {export.Name}.csv, as a JSON array of objects.)");
        json.WriteString("format", format);
        json.WriteString("mediatype", csv ? "text/csv" : "application/json");
        json.WriteString("encoding", "utf-8");
        if (csv)
        {
            json.WriteStartObject("dialect");
            json.WriteString("delimiter", ",");
            json.WriteBoolean("doubleQuote", true);
            json.WriteString("quoteChar", "\"");
            json.WriteString("lineTerminator", "\r\n");
            json.WriteBoolean("header", true);
            json.WriteEndObject();
        }

        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var column in export.Columns)
        {
            WriteField(json, column);
        }

        json.WriteEndArray();
        json.WriteStartArray("missingValues");
        json.WriteStringValue("");
        json.WriteEndArray();
        json.WriteString("primaryKey", "id");
        var keys = export.Columns.Where(c => c.References is not null).ToList();
        if (keys.Count > 0)
        {
            json.WriteStartArray("foreignKeys");
            foreach (var column in keys)
            {
                json.WriteStartObject();
                json.WriteString("fields", column.Name);
                json.WriteStartObject("reference");
                // "" is the resource itself (a row's previous-term row, a goal's parent), as Data Package v1 writes it.
                json.WriteString("resource", column.References == export.Name ? "" : column.References);
                json.WriteString("fields", "id");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, ExportColumn column)
    {
        json.WriteStartObject();
        json.WriteString("name", column.Name);
        json.WriteString("type", column.Kind switch
        {
            CellKind.WholeNumber => "integer",
            CellKind.Number => "number",
            CellKind.Date => "date",
            CellKind.Boolean => "boolean",
            _ => "string",
        });
        json.WriteString("description", column.Description);
        if (!column.IsNullable || column.Allowed is not null)
        {
            json.WriteStartObject("constraints");
            if (!column.IsNullable)
            {
                json.WriteBoolean("required", true);
            }

            if (column.Allowed is { } allowed)
            {
                json.WriteStartArray("enum");
                foreach (var value in allowed)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
