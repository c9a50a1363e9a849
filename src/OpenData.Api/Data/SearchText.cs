using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenData.Api.Data;

/// <summary>
/// Accent- and case-insensitive text matching that runs in SQL on any provider: each searchable text column
/// has a folded copy (lower case, no accents) kept in a shadow column, and filters compare against it.
/// SQLite's NOCASE and lower() fold ASCII only, so folding in SQL would miss "Petén" for "peten".
/// </summary>
public static class SearchText
{
    /// <summary>The annotation that marks a shadow column as the folded copy of the named property.</summary>
    public const string FoldedOfAnnotation = "OpenData:FoldedOf";

    /// <summary>The annotation that marks a text property holding one name of a closed list, compared exactly.</summary>
    public const string NameOfAnnotation = "OpenData:NameOf";

    public static string FoldedColumn(string property) => property + "Folded";

    public static string Fold(string text)
    {
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // Text normalization refuses (a noncharacter such as U+FFFE): such text has no accents to remove.
            return text.ToLowerInvariant();
        }

        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Adds the folded shadow copy of a text property, filled on save.</summary>
    public static EntityTypeBuilder<T> HasSearchable<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string?>> property)
        where T : class
    {
        var name = ((MemberExpression)property.Body).Member.Name;
        builder.Property<string?>(FoldedColumn(name)).HasAnnotation(FoldedOfAnnotation, name);
        builder.HasIndex(FoldedColumn(name));
        return builder;
    }

    /// <summary>
    /// Marks a text property that holds a name of a closed list (a collection, a field), which the API serves as
    /// an enum and compares exactly: it needs no folded copy.
    /// </summary>
    public static PropertyBuilder<TProperty> HoldsNames<TProperty>(this PropertyBuilder<TProperty> builder) =>
        builder.HasAnnotation(NameOfAnnotation, true);

    /// <summary>
    /// Gives every mapped text property a folded copy, so that every text filter of the API ignores case and
    /// accents, not only the ones a configuration remembered to mark; names of closed lists need none.
    /// </summary>
    public static void AddFoldedCopiesOfAllText(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().ToList())
        {
            var folded = entity.GetProperties().Select(p => p.FindAnnotation(FoldedOfAnnotation)?.Value as string).OfType<string>().ToHashSet();
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string) && !p.IsShadowProperty() && !folded.Contains(p.Name) && p.FindAnnotation(NameOfAnnotation) is null).ToList())
            {
                modelBuilder.Entity(entity.ClrType).Property<string?>(FoldedColumn(property.Name)).HasAnnotation(FoldedOfAnnotation, property.Name);
            }
        }
    }

    internal static void FillFoldedCopies(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.Metadata.FindAnnotation(FoldedOfAnnotation)?.Value is string original)
                {
                    var value = entry.Property(original).CurrentValue as string;
                    property.CurrentValue = value is null ? null : Fold(value);
                }
            }
        }
    }
}
