using Microsoft.Net.Http.Headers;

namespace OpenData.Api.GraphQL.Languages;

/// <summary>The languages the schema's descriptions and our own error messages are written in.</summary>
public enum Language
{
    English,
    Spanish,
}

/// <summary>
/// Picks the language of a request from <c>Accept-Language</c>: the <c>es</c> or <c>en</c> range (any region,
/// <c>es-GT</c> included) with the highest q-value, the earlier one on a tie; English when neither is asked for,
/// for <c>*</c>, and for a header that does not parse. Chosen once per request and kept in its items.
/// </summary>
public static class RequestLanguage
{
    private static readonly object _key = new();

    public static Language Of(HttpContext context)
    {
        // Most requests name no language: English, without touching the request's items (made on first use).
        if (context.Request.Headers.AcceptLanguage.Count == 0)
        {
            return Language.English;
        }

        if (context.Items.TryGetValue(_key, out var kept) && kept is Language language)
        {
            return language;
        }

        language = Negotiate(context.Request.Headers.AcceptLanguage);
        context.Items[_key] = language;
        return language;
    }

    public static Language Negotiate(IList<string>? header)
    {
        if (header is not { Count: > 0 } || !StringWithQualityHeaderValue.TryParseList(header, out var ranges))
        {
            return Language.English;
        }

        Language? best = null;
        var bestQuality = 0.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (LanguageOf(range.Value.Value) is { } language && quality > bestQuality)
            {
                best = language;
                bestQuality = quality;
            }
        }

        return best ?? Language.English;
    }

    /// <summary>The short code sent back and used in cache keys: <c>en</c> or <c>es</c>.</summary>
    public static string Code(Language language) => language == Language.Spanish ? "es" : "en";

    private static Language? LanguageOf(string? tag) =>
        IsRange(tag, "es") ? Language.Spanish : IsRange(tag, "en") ? Language.English : null;

    private static bool IsRange(string? tag, string primary) =>
        tag is not null && tag.StartsWith(primary, StringComparison.OrdinalIgnoreCase) && (tag.Length == primary.Length || tag[primary.Length] == '-');
}
