using GraphQL.Types;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Schema;

namespace OpenData.Api.GraphQL.Languages;

/// <summary>
/// The schema in each language: the English one is the <see cref="ISchema"/> singleton, built at start-up; the Spanish
/// one is a second build of the same schema whose descriptions come from <see cref="SpanishDescriptions"/>, made on
/// the first Spanish request (once, whichever thread asks first) so start-up builds one schema, not two. Both answer
/// every query the same: only what introspection says differs.
/// </summary>
public sealed class LocalizedSchemas
{
    private readonly ISchema _english;
    private readonly Lazy<ISchema> _spanish;

    public LocalizedSchemas(ISchema english, IServiceProvider services, EntityRegistry registry)
    {
        _english = english;
        _spanish = new Lazy<ISchema>(() =>
        {
            var spanish = new OpenDataSchema(services, registry);
            spanish.Initialize();
            SpanishDescriptions.Apply(spanish);
            return spanish;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ISchema For(Language language) => language == Language.Spanish ? _spanish.Value : _english;
}
