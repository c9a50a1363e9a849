using Microsoft.Net.Http.Headers;

namespace OpenData.Api.Hosting;

/// <summary>Which of the front door's two forms an Accept header prefers, by quality and, within it, by specificity.</summary>
public static class FrontDoorNegotiation
{
    public const string Html = "text/html";
    public const string Json = "application/json";

    private static readonly MediaTypeHeaderValue _html = new(Html);
    private static readonly MediaTypeHeaderValue _json = new(Json);

    /// <returns><see cref="Html"/> or <see cref="Json"/>; null when the client accepts neither.</returns>
    /// <remarks>No Accept means anything, and a page is what a person typing the address wants; so is a tie.</remarks>
    public static string? Choose(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return Html;
        }

        var html = Quality(accept, _html);
        var json = Quality(accept, _json);
        return html <= 0 && json <= 0 ? null : json > html ? Json : Html;
    }

    /// <summary>The quality of the most specific range that covers the type (text/html over text/* over */*); 0 if none does.</summary>
    private static double Quality(IList<MediaTypeHeaderValue> accept, MediaTypeHeaderValue type)
    {
        MediaTypeHeaderValue? best = null;
        foreach (var range in accept)
        {
            if (type.IsSubsetOf(range) && (best is null || Specificity(range) > Specificity(best)))
            {
                best = range;
            }
        }

        return best is null ? 0 : best.Quality ?? 1;
    }

    private static int Specificity(MediaTypeHeaderValue range) => range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
}
