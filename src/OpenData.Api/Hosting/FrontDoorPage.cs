using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace OpenData.Api.Hosting;

/// <summary>
/// The front door as a page: Spanish first (the readers are Guatemalan journalists), then English, then the reports
/// both describe. Self-contained (no scripts, fonts or images to fetch), so it opens offline and on a slow line.
/// </summary>
public static class FrontDoorPage
{
    // Accented letters stay letters; only what HTML needs escaped is.
    private static readonly HtmlEncoder _html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(FrontDoorContent content)
    {
        var page = new StringBuilder();
        page.Append("""
            <!DOCTYPE html>
            <html lang="es">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>SOSEP: Rendición de Cuentas en datos abiertos · as open data</title>
            <style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:2rem auto;padding:0 1rem}
            section{margin-bottom:2rem}th{text-align:left;padding-right:1rem;vertical-align:top}td{word-break:break-all}</style>
            </head>
            <body>

            """);
        page.Append(CultureInfo.InvariantCulture, $"""
            <section lang="es">
            <h1>Rendición de Cuentas de la SOSEP, en datos abiertos</h1>
            <p>Todas las cifras de los informes de Rendición de Cuentas de la Secretaría de Obras Sociales de la Esposa del Presidente (SOSEP) de Guatemala, tal como se publicaron: presupuesto, los cuatro programas por departamento, metas físicas, donaciones, albergues y logros. Cada cifra dice de qué informe, sección, tabla y línea «Fuente» viene. Se consultan con GraphQL.</p>
            <ul>
            <li><a href="{FrontDoorContent.Ide}">Explorador de consultas (IDE)</a>: escriba y ejecute consultas en el navegador; cada tipo y campo está descrito.</li>
            <li><a href="{FrontDoorContent.Queries}">Consultas de ejemplo</a>: preguntas listas para usar.</li>
            <li><a href="{FrontDoorContent.DataPackage}">Paquete de datos</a> (Frictionless): describe cada colección, que se descarga entera en <code>{FrontDoorContent.ExportCsv}</code> y <code>{FrontDoorContent.ExportJson}</code> (p. ej. <a href="{FrontDoorContent.ExportExample}">{FrontDoorContent.ExportExample}</a>, Hogares Comunitarios por departamento).</li>
            <li><a href="{_html.Encode(FrontDoorContent.Documents)}">Informes fuente</a> (JSON): título, archivo y SHA-256 de cada informe cargado.</li>
            <li>Licencia: los datos, tal como se sirven aquí, bajo <a href="{DataLicence.Path}">{DataLicence.Name}</a> (cite el informe de la SOSEP y este proyecto). El informe es un documento público del Gobierno de Guatemala: información pública según la Ley de Acceso a la Información Pública (Decreto 57-2008). El código, bajo la <a href="{DataLicence.CodePath}">licencia {DataLicence.CodeName}</a>.</li>
            </ul>
            </section>
            <section lang="en">
            <h1>SOSEP's accountability reports, as open data</h1>
            <p>Every figure of the accountability reports (<i lang="es">Rendición de Cuentas</i>) of Guatemala's Secretaría de Obras Sociales de la Esposa del Presidente (SOSEP), as published: budget, the four programmes by department, physical goals, donations, shelters and achievements. Each figure says which report, section, table and <i lang="es">Fuente</i> line it comes from. Query them with GraphQL.</p>
            <ul>
            <li><a href="{FrontDoorContent.Ide}">Query explorer (IDE)</a>: write and run queries in the browser; every type and field is described.</li>
            <li><a href="{FrontDoorContent.Queries}">Example queries</a>: questions ready to run.</li>
            <li><a href="{FrontDoorContent.DataPackage}">Data package</a> (Frictionless): describes every collection, each downloadable whole at <code>{FrontDoorContent.ExportCsv}</code> and <code>{FrontDoorContent.ExportJson}</code> (e.g. <a href="{FrontDoorContent.ExportExample}">{FrontDoorContent.ExportExample}</a>, Hogares Comunitarios by department).</li>
            <li><a href="{_html.Encode(FrontDoorContent.Documents)}">Source reports</a> (JSON): title, file and SHA-256 of every report loaded.</li>
            <li>Licence: the data, as served here, under <a href="{DataLicence.Path}">{DataLicence.Name}</a> (credit SOSEP's report and this project). The report is a public document of the Government of Guatemala: public information under the Ley de Acceso a la Información Pública (Decreto 57-2008). The code, under the <a href="{DataLicence.CodePath}">{DataLicence.CodeTitle}</a>.</li>
            </ul>
            </section>

            """);
        foreach (var report in content.Reports)
        {
            AppendReport(page, report);
        }

        return page.Append("</body>\n</html>\n").ToString();
    }

    private static void AppendReport(StringBuilder page, FrontDoorReport report)
    {
        var published = report.PublishedAt is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "<span lang=\"es\">no consta en el informe</span> · <span lang=\"en\">not printed in the report</span>";
        var address = report.Url is { } url ? $"<a href=\"{_html.Encode(url)}\">{_html.Encode(url)}</a>" : "<span lang=\"es\">no se conoce</span> · <span lang=\"en\">not known</span>";
        page.Append(CultureInfo.InvariantCulture, $"""
            <section>
            <h2><span lang="es">Informe fuente</span> · <span lang="en">Source report</span> {_html.Encode(report.Period)}</h2>
            <table>
            <tr><th>Título · Title</th><td lang="es">{_html.Encode(report.Title)}</td></tr>
            <tr><th>Publicado por · Publisher</th><td lang="es">{_html.Encode(report.Publisher)}</td></tr>
            <tr><th>Publicado el · Published</th><td>{published}</td></tr>
            <tr><th>Dirección · Address</th><td>{address}</td></tr>
            <tr><th>Archivo · File</th><td><code>seed/{_html.Encode(report.FileName)}</code></td></tr>
            <tr><th>SHA-256</th><td><code>{_html.Encode(report.Sha256)}</code></td></tr>
            </table>
            </section>

            """);
    }
}
