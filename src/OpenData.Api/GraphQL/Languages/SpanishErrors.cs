using System.Text.RegularExpressions;

namespace OpenData.Api.GraphQL.Languages;

/// <summary>
/// The Spanish of the error messages this server writes itself (limits, lookups, paging, filters, requests,
/// exports), as patterns over the English text: every message is written once, in English, where it is raised,
/// and an answer in Spanish has each sentence that matches one of these rewritten when the error is written out.
/// GraphQL.NET's own parse and validation messages match none and stay in English.
/// </summary>
public static partial class SpanishErrors
{
    private static readonly (Regex English, string Spanish)[] _sentences =
    [
        (Pattern("\"(?<v>[^\"]*)\" is (a term code|an INE code|a programme code), not a name: use (?<k>\\w+): \"(?<c>[^\"]*)\" or name: \"(?<n>[^\"]*)\""), "\"${v}\" es un código, no un nombre: use ${k}: \"${c}\" o name: \"${n}\""),
        (Pattern("\"(?<v>[^\"]*)\" is a name, not (a term code|an INE code|a programme code): use name: \"(?<n>[^\"]*)\" or (?<k>\\w+): \"(?<c>[^\"]*)\""), "\"${v}\" es un nombre, no un código: use name: \"${n}\" o ${k}: \"${c}\""),
        (Pattern("No department has the name \"(?<v>[^\"]*)\"\\."), "Ningún departamento tiene el nombre \"${v}\"."),
        (Pattern("No department has an INE code \"(?<v>[^\"]*)\"\\."), "Ningún departamento tiene el código INE \"${v}\"."),
        (Pattern("No socialprogram has the name \"(?<v>[^\"]*)\"\\."), "Ningún programa tiene el nombre \"${v}\"."),
        (Pattern("No socialprogram has a programme code \"(?<v>[^\"]*)\"\\."), "Ningún programa tiene el código \"${v}\"."),
        (Pattern("No period has a term code \"(?<v>[^\"]*)\"\\."), "Ningún período tiene el código \"${v}\"."),
        (Pattern("No term has the code \"(?<v>[^\"]*)\"\\."), "Ningún período (cuatrimestre) tiene el código \"${v}\"."),
        (Pattern("No (?<t>\\w+) has (?<what>[^\"]*) \"(?<v>[^\"]*)\"\\."), "Ningún registro de ${t} tiene ese valor: \"${v}\"."),
        (Pattern("Give one of (?<k>\\w+) or name, not both or neither\\."), "Indique ${k} o name, uno de los dos, no ambos ni ninguno."),
        (Pattern("Use code: with an INE code, \"01\" Guatemala to \"22\" Jutiapa \\(\"1\" for \"01\"\\), or name: with its Spanish name in any case, accents optional \\(\"peten\" finds Petén\\)\\."),
            "Use code: con un código INE, de \"01\" Guatemala a \"22\" Jutiapa (\"1\" equivale a \"01\"), o name: con su nombre en español, en mayúsculas o minúsculas y con tildes o sin ellas (\"peten\" encuentra Petén)."),
        (Pattern("Use code: \"community-homes\", \"social-service\", \"women\" or \"older-people\", or name: with its Spanish name or acronym in any case, accents optional \\(\"mis anos dorados\", \"MCSM\"\\)\\."),
            "Use code: \"community-homes\", \"social-service\", \"women\" u \"older-people\", o name: con su nombre en español o su sigla, en mayúsculas o minúsculas y con tildes o sin ellas (\"mis anos dorados\", \"MCSM\")."),
        (Pattern("Use (code|period): with the year and term, e\\.g\\. \"2021-T1\", in any case; periods lists the terms loaded\\."),
            "Use $1: con el año y el cuatrimestre, p. ej. \"2021-T1\", en mayúsculas o minúsculas; periods lista los períodos cargados."),
        (Pattern("The query's cost is (?<c>[\\d,]+); the budget is (?<b>[\\d,]+) \\(Limits:MaxCost\\)\\. Each field counts 1, multiplied by the rows of the lists above it: ask for fewer rows \\(first\\) or fewer fields\\."),
            "El costo de la consulta es ${c}; el máximo es ${b} (Limits:MaxCost). Cada campo cuenta 1, multiplicado por las filas de las listas que lo contienen: pida menos filas (first) o menos campos."),
        (Pattern("The answer could hold (?<r>[\\d,]+) rows; at most (?<m>[\\d,]+) are allowed \\(Limits:MaxNodes\\)\\. Ask for fewer rows \\(first\\)\\."),
            "La respuesta podría tener ${r} filas; se permiten como máximo ${m} (Limits:MaxNodes). Pida menos filas (first)."),
        (Pattern("The document has (?<n>\\d+) (?<w>aliases|directives); at most (?<m>\\d+) are allowed \\((?<s>Limits:\\w+)\\)\\."), "El documento tiene ${n} ${w}; se permiten como máximo ${m} (${s})."),
        (Pattern("(Operation (?<o>\\w+)|The operation) has (?<n>\\d+) root fields; at most (?<m>\\d+) are allowed \\(Limits:MaxRootFields\\)\\."), "La operación ${o} tiene ${n} campos raíz; se permiten como máximo ${m} (Limits:MaxRootFields)."),
        (Pattern("(Operation (?<o>\\w+)|The operation) selects (?<n>[\\d,]+) fields once its fragments are expanded; at most (?<m>\\d+) are allowed \\(Limits:MaxFields\\)\\."), "La operación ${o} selecciona ${n} campos con sus fragmentos expandidos; se permiten como máximo ${m} (Limits:MaxFields)."),
        (Pattern("(Operation (?<o>\\w+)|The operation) nests fields (?<n>\\d+) deep; at most (?<m>\\d+) levels are allowed \\(Limits:MaxDepth\\)\\."), "La operación ${o} anida campos ${n} niveles; se permiten como máximo ${m} (Limits:MaxDepth)."),
        (Pattern("(Operation (?<o>\\w+)|The operation) asks for __schema or __type more than once; each may be asked for once \\(Limits:Introspection\\)\\."), "La operación ${o} pide __schema o __type más de una vez; cada uno puede pedirse una sola vez (Limits:Introspection)."),
        (Pattern("(Operation (?<o>\\w+)|The operation) nests introspection's fields (?<n>\\d+) deep; at most (?<m>\\d+) are allowed \\(Limits:MaxIntrospectionDepth\\)\\."), "La operación ${o} anida los campos de introspección ${n} niveles; se permiten como máximo ${m} (Limits:MaxIntrospectionDepth)."),
        (Pattern("The query has (?<n>\\d+) characters; at most (?<m>\\d+) are allowed \\(Limits:MaxDocumentCharacters\\)\\."), "La consulta tiene ${n} caracteres; se permiten como máximo ${m} (Limits:MaxDocumentCharacters)."),
        (Pattern("The query has more than (?<m>\\d+) tokens \\(Limits:MaxTokens\\)\\."), "La consulta tiene más de ${m} elementos léxicos (Limits:MaxTokens)."),
        (Pattern("The query has a name, number or string of (?<n>\\d+) characters at character (?<at>\\d+); at most (?<m>\\d+) are allowed \\(Limits:MaxTokenCharacters\\)\\."), "La consulta tiene un nombre, número o texto de ${n} caracteres en el carácter ${at}; se permiten como máximo ${m} (Limits:MaxTokenCharacters)."),
        (Pattern("The query nests braces, brackets or parentheses more than (?<m>\\d+) deep at character (?<at>\\d+) \\(Limits:MaxNesting\\)\\."), "La consulta anida llaves, corchetes o paréntesis más de ${m} niveles en el carácter ${at} (Limits:MaxNesting)."),
        (Pattern("The query nests more deeply than (?<m>\\d+) levels allow \\(Limits:MaxNesting\\)\\."), "La consulta anida más de los ${m} niveles permitidos (Limits:MaxNesting)."),
        (Pattern("The request body has (?<n>\\d+) bytes; at most (?<m>\\d+) are allowed \\(Limits:MaxBodyBytes\\)\\."), "El cuerpo de la solicitud tiene ${n} bytes; se permiten como máximo ${m} (Limits:MaxBodyBytes)."),
        (Pattern("The request body has more than (?<m>\\d+) bytes \\(Limits:MaxBodyBytes\\)\\."), "El cuerpo de la solicitud tiene más de ${m} bytes (Limits:MaxBodyBytes)."),
        (Pattern("Too many requests from this address: (?<r>[\\d.]+) a second are allowed, in bursts of up to (?<b>\\d+) \\(Limits:Rate\\); try again in (?<s>[\\d.]+) s\\."), "Demasiadas solicitudes desde esta dirección: se permiten ${r} por segundo, en ráfagas de hasta ${b} (Limits:Rate); intente de nuevo en ${s} s."),
        (Pattern("Too many expensive queries are running or waiting; try again in a moment, or ask for fewer rows \\(Limits:ExpensiveQueue, (?<m>\\d+)\\)\\."), "Hay demasiadas consultas costosas en curso o en espera; intente de nuevo en un momento o pida menos filas (Limits:ExpensiveQueue, ${m})."),
        (Pattern("(?<n>\\d+) more errors were found; only the first (?<m>\\d+) are shown \\(Limits:MaxErrors\\)\\."), "Se encontraron ${n} errores más; solo se muestran los primeros ${m} (Limits:MaxErrors)."),
        (Pattern("\"(?<c>[^\"]*)\" is not a cursor this API gave out\\."), "\"${c}\" no es un cursor que haya dado esta API."),
        (Pattern("\"(?<a>first|last)\" must be between 0 and (?<m>\\d+); it was (?<v>-?\\d+)\\."), "\"${a}\" debe estar entre 0 y ${m}; era ${v}."),
        (Pattern("Give \"first\" or \"last\", not both\\."), "Indique \"first\" o \"last\", no ambos."),
        (Pattern("(?<p>[\\w.\\[\\]]+): (?<t>\\w+) has no filterable field \"(?<f>\\w+)\"\\."), "${p}: ${t} no tiene un campo filtrable \"${f}\"."),
        (Pattern("(?<t>\\w+) cannot be ordered by \"(?<f>\\w+)\"\\."), "${t} no se puede ordenar por \"${f}\"."),
        (Pattern("(?<p>[\\w.\\[\\]]+): (?<v>[-\\d.]+) has more than two decimals; amounts and rates here have at most two decimals\\."), "${p}: ${v} tiene más de dos decimales; aquí los montos y porcentajes tienen como máximo dos decimales."),
        (Pattern("(?<p>[\\w.\\[\\]]+): expected a whole number between (?<a>-?\\d+) and (?<b>\\d+)\\."), "${p}: se esperaba un número entero entre ${a} y ${b}."),
        (Pattern("(?<p>[\\w.\\[\\]]+): the filter has more than (?<m>\\d+) conditions \\(Limits:MaxFilterConditions\\)\\."), "${p}: el filtro tiene más de ${m} condiciones (Limits:MaxFilterConditions)."),
        (Pattern("(?<p>[\\w.\\[\\]]+): the list has more than (?<m>\\d+) items \\(Limits:MaxListItems\\)\\."), "${p}: la lista tiene más de ${m} elementos (Limits:MaxListItems)."),
        (Pattern("(?<p>[\\w.\\[\\]]+): the filter is nested more than (?<m>\\d+) levels deep \\(Limits:MaxNesting\\)\\."), "${p}: el filtro está anidado más de ${m} niveles (Limits:MaxNesting)."),
        (Pattern("GraphQL is served over GET, POST, not (?<m>\\w+)\\."), "GraphQL se sirve por GET y POST, no por ${m}."),
        (Pattern("POST requests must have Content-Type: application/json \\(UTF-8\\)\\."), "Las solicitudes POST deben tener Content-Type: application/json (UTF-8)."),
        (Pattern("The request body must be a JSON object; batched requests are not supported\\."), "El cuerpo de la solicitud debe ser un objeto JSON; no se admiten solicitudes en lote."),
        (Pattern("The 'query' parameter is required\\. A saved query is asked for by its 'documentId' instead \\(GET /queries lists them\\)\\."), "El parámetro 'query' es obligatorio. Una consulta guardada se pide por su 'documentId' (GET /queries las lista)."),
        (Pattern("The request has both 'query' and 'documentId': send a document's text or the id of a saved one, not both\\."), "La solicitud tiene 'query' y 'documentId': envíe el texto de un documento o el id de uno guardado, no ambos."),
        (Pattern("There is no export /export/(?<e>[^ ]+)\\. Each collection is /export/<name>\\.csv or \\.json; /export/datapackage\\.json lists them all\\."), "No existe la exportación /export/${e}. Cada colección es /export/<nombre>.csv o .json; /export/datapackage.json las lista todas."),
        (Pattern("\\?(?<p>[^=]*)= is not a parameter of an export; they are \\?period=, \\?where=, \\?order=, \\?bom= \\(CSV\\) and \\?shape= \\(JSON\\)\\."), "?${p}= no es un parámetro de exportación; estos son ?period=, ?where=, ?order=, ?bom= (CSV) y ?shape= (JSON)."),
        (Pattern("No term \"(?<v>[^\"]*)\" is loaded; /export/periods\\.csv lists the terms there are\\."), "No hay ningún período \"${v}\" cargado; /export/periods.csv lista los que hay."),
        (Pattern("/export/(?<e>\\w+) does not belong to a term: leave \\?period= out\\."), "/export/${e} no pertenece a un período: omita ?period=."),
        (Pattern("Internal server error"), "Error interno del servidor"),
    ];

    /// <summary>The message with every sentence that has a Spanish form in Spanish; the rest as it was.</summary>
    public static string Translate(string message)
    {
        foreach (var (english, spanish) in _sentences)
        {
            message = english.Replace(message, spanish);
        }

        return message.Replace("La operación  ", "La operación ", StringComparison.Ordinal);
    }

    private static Regex Pattern(string english) => new(english, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
