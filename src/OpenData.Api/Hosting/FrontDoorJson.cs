using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Api.Hosting;

/// <summary>The front door for programs: the page's links, licences and reports as one JSON object.</summary>
public static class FrontDoorJson
{
    public static byte[] Render(FrontDoorContent content)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", "SOSEP: Rendición de Cuentas en datos abiertos / accountability reports as open data");
            json.WriteStartObject("links");
            foreach (var (name, href) in FrontDoorContent.Links)
            {
                json.WriteString(name, href);
            }

            json.WriteEndObject();
            json.WriteStartObject("exports");
            json.WriteString("csv", FrontDoorContent.ExportCsv);
            json.WriteString("json", FrontDoorContent.ExportJson);
            json.WriteEndObject();
            WriteLicence(json, "licence", DataLicence.Name, DataLicence.Title, DataLicence.Path);
            json.WriteString("licenceStatement", DataLicence.Statement);
            WriteLicence(json, "codeLicence", DataLicence.CodeName, DataLicence.CodeTitle, DataLicence.CodePath);
            json.WriteStartArray("reports");
            foreach (var report in content.Reports)
            {
                json.WriteStartObject();
                json.WriteString("title", report.Title);
                json.WriteString("publisher", report.Publisher);
                json.WriteString("period", report.Period);
                json.WriteString("fileName", report.FileName);
                json.WriteString("sha256", report.Sha256);
                json.WriteString("publishedAt", report.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("url", report.Url);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // Named as a Frictionless Data Package names a licence: name, title, path.
    private static void WriteLicence(Utf8JsonWriter json, string property, string name, string title, string path)
    {
        json.WriteStartObject(property);
        json.WriteString("name", name);
        json.WriteString("title", title);
        json.WriteString("path", path);
        json.WriteEndObject();
    }
}
