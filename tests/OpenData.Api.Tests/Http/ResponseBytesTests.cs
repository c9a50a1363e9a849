using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.GraphQL.Http;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Http;

/// <summary>
/// The endpoint writes answers through pooled pieces instead of System.Text.Json's own stream path: the bytes must be
/// the same, for a small answer and for one of megabytes (many pieces, strings in Spanish, blanks and links).
/// </summary>
public sealed class ResponseBytesTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    [Theory]
    [InlineData("{ departments(order: [{ code: ASC }]) { nodes { code name } } }")]
    [InlineData("{ a: beneficiaryFigures(first: 500) { totalCount nodes { value measure measureLabel department { name } program { name } source { note section table } } } b: goals(first: 500) { nodes { concept level annualTarget executionRate parent { concept } } } }")]
    [InlineData("{ departments { nodes { name missing } } }")]
    public async Task TheAnswersBytes_AreTheSerializersOwn(string query)
    {
        await factory.CreateClient().QueryAsync("{ __typename }");
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        Assert.IsType<OpenDataGraphQLSerializer>(serializer);
        var result = await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Schema = services.GetRequiredService<ISchema>(),
            RequestServices = services,
        });
        using var expected = new MemoryStream();
        await serializer.WriteAsync(expected, result);

        var context = new DefaultHttpContext { RequestServices = services };
        using var written = new MemoryStream();
        context.Response.Body = written;
        await services.GetRequiredService<GraphQLResponseWriter>().WriteAsync(context, result, StatusCodes.Status200OK, "application/json");

        Assert.True(expected.Length > 0);
        Assert.Equal(expected.ToArray(), written.ToArray());
    }
}
