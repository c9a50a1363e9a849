using GraphQL.Types;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Beneficiaries;

/// <summary>The measures of <see cref="BeneficiaryMeasures"/> as an enum, each described by its columns' headings and fields.</summary>
public static class BeneficiaryMeasureType
{
    public static EnumerationGraphType Create(EntityRegistry registry)
    {
        var type = new EnumerationGraphType { Name = "BeneficiaryMeasure", Description = "A column of the four programme tables, named as the field of the programme's table type is; the value for childrenServed is CHILDREN_SERVED." };
        foreach (var measure in BeneficiaryMeasures.All.GroupBy(m => m.Measure, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var columns = measure.Select(m =>
            {
                var table = registry.For(m.Coverage);
                return $"In {table.CollectionName}: {table.Scalars.Single(s => s.Property == m.Property).Description}";
            });
            type.Add(Vocabularies.EnumName(measure.Key), measure.Key, $"{measure.Key}. " + string.Join(" ", columns));
        }

        return type;
    }
}
