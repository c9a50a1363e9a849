using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace OpenData.Api.GraphQL.Limits;

/// <summary>
/// Parses a query only once <see cref="DocumentScanner"/> has bounded its size, tokens and nesting, and hands
/// GraphQL.NET a document only once <see cref="DocumentShape"/> has bounded its aliases, directives, fields and
/// depth: validation and execution never see a document past the limits. Any parser failure, a depth the
/// parser itself refuses included, is the client's syntax error, never a server error.
/// </summary>
public sealed class LimitedDocumentBuilder(RequestLimits limits) : IDocumentBuilder
{
    public GraphQLDocument Build(string body)
    {
        body = WithoutLoneCarriageReturns(body);
        var scanned = DocumentScanner.Check(body, limits);
        if (scanned.Breaks.Count > 0)
        {
            // Find any syntax error in the copy with short lines, where the parser reports it cheaply.
            Parse(scanned.Broken(), scanned);
        }

        var document = Parse(body, null);
        DocumentShape.Check(document, limits);
        return document;
    }

    private GraphQLDocument Parse(string text, ScannedDocument? broken)
    {
        try
        {
            // The scanner holds nesting to MaxNesting; each level is at most a few AST nodes deep.
            return Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = (limits.MaxNesting * 4) + 16 });
        }
        catch (GraphQLSyntaxErrorException e) when (broken is null)
        {
            throw new SyntaxError(e);
        }
        catch (GraphQLSyntaxErrorException e)
        {
            var error = new QuerySyntaxError(e.Description);
            error.AddLocation(Location.FromLinearPosition(broken!.Text, broken.Original(Offset(text, e.Location))));
            throw error;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new LimitError("NESTING_TOO_DEEP", "Limits:MaxNesting", limits.MaxNesting, null,
                $"The query nests more deeply than {limits.MaxNesting} levels allow (Limits:MaxNesting).");
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException)
        {
            // The parser failing to describe a syntax error is still the query's syntax error.
            throw new QuerySyntaxError("the query is not valid GraphQL.");
        }
    }

    /// <summary>
    /// A lone carriage return ends a line for the lexer, but the parser's error message splits lines at line
    /// feeds only and fails on a syntax error after one. As a line feed it means the same to GraphQL, at the same
    /// offset (strings cannot hold one; block strings read both as line breaks).
    /// </summary>
    private static string WithoutLoneCarriageReturns(string body)
    {
        if (!body.Contains('\r', StringComparison.Ordinal))
        {
            return body;
        }

        var text = body.ToCharArray();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))
            {
                text[i] = '\n';
            }
        }

        return new string(text);
    }

    /// <summary>The offset in <paramref name="text"/> of a line and column, both counted from 1.</summary>
    private static int Offset(string text, Location location)
    {
        var offset = 0;
        for (var line = 1; line < location.Line && offset < text.Length; line++)
        {
            var next = text.IndexOf('\n', offset);
            offset = next < 0 ? text.Length : next + 1;
        }

        return Math.Min(text.Length, offset + location.Column - 1);
    }
}

/// <summary>A syntax error found in the copy of a query with its long lines broken, placed in the query as sent.</summary>
public sealed class QuerySyntaxError : DocumentError
{
    public QuerySyntaxError(string description)
        : base("Error parsing query: " + description)
    {
        Code = "SYNTAX_ERROR";
    }
}
