using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenData.Api.Data;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Contract;

/// <summary>
/// The compiled model (Data/CompiledModel, which start-up uses instead of building the model) and the migrations
/// both say the same as the model the configurations describe: a change to an entity or its mapping fails here
/// until `dotnet ef dbcontext optimize` and `dotnet ef migrations add` have been run (see the README).
/// </summary>
public sealed class ModelContractTests
{
    [Fact]
    public void CompiledModel_MatchesTheModelTheConfigurationsBuild()
    {
        using var db = Context();
        var designed = db.GetService<IDesignTimeModel>().Model;

        Assert.IsType<OpenData.Api.Data.CompiledModel.OpenDataDbContextModel>(db.Model);
        Assert.Equal(Describe(designed), Describe(db.Model));
    }

    /// <summary>Tables, columns (type, nullability, conversion, folded copies), keys, foreign keys and indexes, one line each.</summary>
    private static List<string> Describe(IModel model) =>
    [
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(entity =>
        {
            var table = entity.GetTableName();
            var store = StoreObjectIdentifier.Table(table!, entity.GetSchema());
            return new[] { $"{entity.Name} -> {table}" }
                .Concat(entity.GetProperties().Select(p =>
                    $"  {p.Name} {p.GetColumnName(store)} {p.ClrType.Name} null={p.IsNullable} {p.GetTypeMapping().Converter?.GetType().Name} {p.FindAnnotation(SearchText.FoldedOfAnnotation)?.Value}"))
                .Concat(entity.GetKeys().Select(k => $"  key {string.Join(",", k.Properties.Select(p => p.Name))}"))
                .Concat(entity.GetForeignKeys().Select(f => $"  fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior}"))
                .Concat(entity.GetIndexes().Select(i => $"  index {string.Join(",", i.Properties.Select(p => p.Name))} unique={i.IsUnique}"))
                .OrderBy(line => line, StringComparer.Ordinal);
        }),
    ];

    [Fact]
    public void Migrations_HoldEveryChangeOfTheModel()
    {
        using var db = Context();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration holds: add a migration.");
    }

    private static OpenDataDbContext Context() => new(DatabaseServiceExtensions.Options(TestDatabase.ConnectionString));
}
