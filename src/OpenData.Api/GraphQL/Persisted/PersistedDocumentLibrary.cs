using System.Collections.Frozen;
using GraphQL.PersistedDocuments;

namespace OpenData.Api.GraphQL.Persisted;

/// <summary>
/// The saved queries shipped inside the app (embedded from Documents/), for GraphQL.NET's persisted document handler
/// and for <c>GET /queries</c>. A document is found by its short id (a custom document identifier, which has no
/// prefix) or by <c>sha256:</c> and the hex SHA-256 of its text, the identifier the spec asks servers to support.
/// </summary>
internal sealed class PersistedDocumentLibrary : IPersistedDocumentLoader
{
    private const string ResourcePrefix = "PersistedDocuments/";

    private readonly FrozenDictionary<string, PersistedDocument> _byId;
    private readonly FrozenDictionary<string, PersistedDocument> _bySha256;

    public PersistedDocumentLibrary()
    {
        var assembly = typeof(PersistedDocumentLibrary).Assembly;
        Documents = [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return PersistedDocument.Parse(name[ResourcePrefix.Length..], reader.ReadToEnd());
            })];
        _byId = Documents.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
        _bySha256 = Documents.ToFrozenDictionary(d => d.Sha256Id["sha256:".Length..], StringComparer.Ordinal);
    }

    /// <summary>In the order of their files, which is the README's.</summary>
    public IReadOnlyList<PersistedDocument> Documents { get; }

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(documentIdPrefix switch
        {
            null => _byId.GetValueOrDefault(documentIdPayload)?.Query,
            "sha256" => _bySha256.GetValueOrDefault(documentIdPayload)?.Query,
            _ => null,
        });
}
