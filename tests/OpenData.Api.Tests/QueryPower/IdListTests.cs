using System.Text.Json;
using CsCheck;
using OpenData.Api.Querying.Sql;

namespace OpenData.Api.Tests.QueryPower;

/// <summary>
/// The JSON array SQLite's <c>json_each</c> reads a list of values from: ids are written as digits without the
/// serializer, and must come out exactly as the serializer would write them.
/// </summary>
public sealed class IdListTests
{
    [Fact]
    public void AnyListOfInts_IsWrittenAsTheSerializerWritesIt() =>
        Gen.Int.List[0, 40].Sample(ids =>
        {
            var values = ids.Select(id => (object)id).ToList();
            Assert.Equal(JsonSerializer.Serialize(values), SqliteDialect.JsonArray(values));
        });

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void TheEdgesOfInt_AreWrittenAsTheSerializerWritesThem(int id) =>
        Assert.Equal(JsonSerializer.Serialize(new List<object> { id, 7 }), SqliteDialect.JsonArray([id, 7]));

    [Fact]
    public void AListWithAnythingButInts_GoesThroughTheSerializer()
    {
        List<object> values = [1, "Petén", 2.5m, 3L, "a\"b"];

        Assert.Equal(JsonSerializer.Serialize(values), SqliteDialect.JsonArray(values));
    }
}
