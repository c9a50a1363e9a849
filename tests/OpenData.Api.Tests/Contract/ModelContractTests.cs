using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenData.Api.Data;

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
    private static List<string> Describe(IModel model, bool withConverters = true) =>
    [
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(entity =>
        {
            var table = entity.GetTableName();
            var store = StoreObjectIdentifier.Table(table!, entity.GetSchema());
            return new[] { $"{entity.Name} -> {table}" }
                .Concat(entity.GetProperties().Select(p =>
                    $"  {p.Name} {p.GetColumnName(store)} {p.ClrType.Name} null={p.IsNullable} {(withConverters ? p.GetTypeMapping().Converter?.GetType().Name : null)} {p.FindAnnotation(SearchText.FoldedOfAnnotation)?.Value}"))
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

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no SQLite migration holds: add a migration (see the README).");
    }

    /// <summary>Needs no server: the model and the migrations' snapshot are compared in memory.</summary>
    [Fact]
    public void PostgresMigrations_HoldEveryChangeOfTheModel()
    {
        using var db = new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=unused").CreateContext();

        Assert.IsType<PostgresOpenDataDbContext>(db);
        Assert.Contains(db.Database.GetMigrations(), id => id.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no PostgreSQL migration holds: add a migration (see the README).");
    }

    [Fact]
    public void BothProviders_HaveTheSameTablesAndColumns()
    {
        using var sqlite = Context();
        using var postgres = new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=unused").CreateContext();

        // Converters aside: a list of names is JSON text on SQLite and a native text[] on PostgreSQL.
        Assert.Equal(Describe(sqlite.GetService<IDesignTimeModel>().Model, withConverters: false), Describe(postgres.GetService<IDesignTimeModel>().Model, withConverters: false));
    }

    // The model alone: no database is opened.
    private static OpenDataDbContext Context() => new(DatabaseServiceExtensions.Options("Data Source=:memory:"));
}
