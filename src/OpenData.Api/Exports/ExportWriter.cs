using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Api.Exports;

/// <summary>
/// Writes an export's rows to the response as they come: CSV (RFC 4180, CRLF, a header row), a JSON array of row
/// objects, or one object per line (NDJSON). Written bytes are flushed every <see cref="FlushBytes"/>, so memory
/// stays the same however many rows there are.
/// </summary>
internal abstract class ExportWriter(PipeWriter output) : IDisposable
{
    private const int FlushBytes = 32 * 1024;

    private long _unflushed;

    protected PipeWriter Output => output;

    public static ExportWriter For(string format, PipeWriter output, IReadOnlyList<ExportColumn> columns, bool bom) => format switch
    {
        "csv" => new Csv(output, columns, bom),
        "ndjson" => new Json(output, columns, lines: true),
        _ => new Json(output, columns, lines: false),
    };

    public abstract void Start();

    public abstract void Row(object row);

    public abstract void End();

    public async ValueTask RowAsync(object row, CancellationToken cancellationToken)
    {
        Row(row);
        if (_unflushed >= FlushBytes)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        _unflushed = 0;
        await output.FlushAsync(cancellationToken);
    }

    public virtual void Dispose()
    {
    }

    protected void Wrote(long bytes) => _unflushed += bytes;

    private sealed class Csv(PipeWriter output, IReadOnlyList<ExportColumn> columns, bool bom) : ExportWriter(output)
    {
        private readonly StringBuilder _line = new();

        public override void Start()
        {
            if (bom)
            {
                Wrote(Encoding.UTF8.GetBytes("\uFEFF", Output));
            }

            foreach (var column in columns)
            {
                Separate();
                CellText.Append(_line, column.Name);
            }

            EndLine();
        }

        public override void Row(object row)
        {
            foreach (var column in columns)
            {
                Separate();
                CellText.Append(_line, column.Value(row));
            }

            EndLine();
        }

        public override void End()
        {
        }

        private void Separate()
        {
            if (_line.Length > 0)
            {
                _line.Append(',');
            }
        }

        private void EndLine()
        {
            _line.Append("\r\n");
            foreach (var chunk in _line.GetChunks())
            {
                Wrote(Encoding.UTF8.GetBytes(chunk.Span, Output));
            }

            _line.Clear();
        }
    }

    private sealed class Json : ExportWriter
    {
        private static readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private readonly (JsonEncodedText Name, ExportColumn Column)[] _columns;
        private readonly bool _lines;
        private readonly Utf8JsonWriter _writer;
        private bool _first = true;

        public Json(PipeWriter output, IReadOnlyList<ExportColumn> columns, bool lines)
            : base(output)
        {
            _columns = [.. columns.Select(c => (JsonEncodedText.Encode(c.Name, _options.Encoder), c))];
            _lines = lines;
            _writer = new Utf8JsonWriter(output, _options);
        }

        public override void Start()
        {
            if (!_lines)
            {
                Raw("["u8);
            }
        }

        public override void Row(object row)
        {
            if (!_lines)
            {
                // One row per line, so a JSON array reads like the CSV and diffs line by line.
                Raw(_first ? "\n"u8 : ",\n"u8);
            }

            _first = false;
            // Each row is a JSON value of its own; the separators between them are written above.
            _writer.Reset();
            _writer.WriteStartObject();
            foreach (var (name, column) in _columns)
            {
                switch (column.Value(row))
                {
                    case null:
                        _writer.WriteNull(name);
                        break;
                    case string text:
                        _writer.WriteString(name, text);
                        break;
                    case bool flag:
                        _writer.WriteBoolean(name, flag);
                        break;
                    case int count:
                        _writer.WriteNumber(name, count);
                        break;
                    case long count:
                        _writer.WriteNumber(name, count);
                        break;
                    case decimal number:
                        _writer.WriteNumber(name, number);
                        break;
                    case DateOnly date:
                        _writer.WriteString(name, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    case var other:
                        _writer.WriteString(name, other.ToString());
                        break;
                }
            }

            _writer.WriteEndObject();
            Wrote(_writer.BytesPending);
            _writer.Flush();
            if (_lines)
            {
                Raw("\n"u8);
            }
        }

        public override void End()
        {
            if (!_lines)
            {
                Raw(_first ? "]\n"u8 : "\n]\n"u8);
            }
        }

        public override void Dispose()
        {
            _writer.Dispose();
            base.Dispose();
        }

        private void Raw(ReadOnlySpan<byte> bytes)
        {
            Output.Write(bytes);
            Wrote(bytes.Length);
        }
    }
}
