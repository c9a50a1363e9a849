using OpenData.Api.Tests.Support;
using static SQLitePCL.raw;

namespace OpenData.Api.Tests.QueryPower;

/// <summary>
/// The statements the API writes can stay prepared for real, not just be kept: SQLite expires a prepared statement
/// whose plan read a bound value (a bound LIMIT and a LIKE's pattern are, unless the connection has the planner's stability guarantee) each time that parameter is bound
/// again, and parses and plans it anew on its next step. Each statement a broad set of queries sends is prepared here
/// once, bound and run again and again with its values, and SQLite's own count of re-preparations must stay 0.
/// </summary>
public sealed class PreparedPageTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private const int StatementStatusReprepare = 5;
    private const int StatementStatusRun = 6;

    [SqliteFact]
    public async Task EveryStatementTheApiWrites_RunsAgainWithItsValues_WithoutBeingPreparedAgain()
    {
        var (client, capture) = await SqlCapture.ClientAsync(factory);
        string[] queries =
        [
            "{ goals(where: { executionRate: { lt: 50 } }, order: [{ executionRate: ASC }, { line: ASC }]) { nodes { concept program { name } parent { concept } } } }",
            "{ departments(first: 5, order: [{ code: ASC }]) { totalCount nodes { code name } } }",
            "{ departments(where: { name: { contains: \"peten\" } }) { nodes { name } } }",
            "{ departments(where: { name: { startsWith: \"san\" } }) { nodes { name } } }",
            "{ socialServiceCoverage(where: { men: { in: [1, 2, 3] } }) { totalCount } }",
            "{ communityHomesCoverage { totalCount aggregates { sum { childrenServed } } } }",
            "{ olderPeopleCoverage { groupedAggregates(groupBy: [DEPARTMENT]) { key { department { code } } sum { integralCareServices } } } }",
            "{ department(code: \"17\") { name communityHomesCoverage { childrenServed } olderPeopleCoverage { men } } }",
            "{ departments { nodes { profile { peopleServed } } } }",
        ];
        foreach (var query in queries)
        {
            await client.QueryAsync(query);
        }

        var statements = capture.Commands.DistinctBy(c => c.Sql).ToList();
        Assert.True(statements.Count >= queries.Length, $"Only {statements.Count} statements were captured.");

        var file = TestDatabase.ConnectionString["Data Source=".Length..];
        Assert.Equal(SQLITE_OK, sqlite3_open_v2(file, out var db, SQLITE_OPEN_READONLY, null));
        using (db)
        {
            // Set as the dialect sets the connections it keeps.
            OpenData.Api.Querying.Sql.SqliteDialect.Configure(db);
            foreach (var command in statements)
            {
                Assert.Equal(SQLITE_OK, sqlite3_prepare_v2(db, command.Sql, out var stmt));
                using (stmt)
                {
                    for (var run = 0; run < 3; run++)
                    {
                        foreach (var (name, value) in command.Parameters)
                        {
                            Bind(stmt, name, value);
                        }

                        int rc;
                        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
                        {
                        }

                        Assert.True(rc == SQLITE_DONE, $"{rc} {sqlite3_errmsg(db).utf8_to_string()}: {command.Sql}");
                        sqlite3_reset(stmt);
                    }

                    Assert.Equal(3, sqlite3_stmt_status(stmt, StatementStatusRun, 0));
                    Assert.True(sqlite3_stmt_status(stmt, StatementStatusReprepare, 0) == 0, $"Prepared again on every binding: {command.Sql}");
                }
            }
        }
    }

    private static void Bind(SQLitePCL.sqlite3_stmt stmt, string name, object? value)
    {
        var index = sqlite3_bind_parameter_index(stmt, name);
        Assert.True(index > 0, $"No parameter {name}.");
        var rc = value switch
        {
            null or DBNull => sqlite3_bind_null(stmt, index),
            string text => sqlite3_bind_text(stmt, index, text),
            long or int or short or byte or bool => sqlite3_bind_int64(stmt, index, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
            double or float => sqlite3_bind_double(stmt, index, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
            _ => throw new InvalidOperationException($"A parameter of type {value.GetType()} the test does not bind."),
        };
        Assert.Equal(SQLITE_OK, rc);
    }
}
