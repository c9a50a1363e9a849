using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenData.Api.Tests.Support;

/// <summary>
/// The API as a process of its own (its dll, as an operator runs it) on 127.0.0.1 and a free port, with settings
/// given as environment variables; or one of its commands (<c>migrate</c>), run to its end.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the server with <paramref name="settings"/> (configuration keys, <c>:</c> or <c>__</c>).</summary>
    public static ServerProcess Start(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = Info(settings, args);
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        return new ServerProcess(Process.Start(start)!, address);
    }

    /// <summary>Runs a command (<c>migrate</c>) to its end: its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        await using var command = Start(settings, args);
        await command.ExitAsync();
        return (command.ExitCode, command.Output);
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200, failing the test if the process exits or takes too long.</summary>
    public async Task WaitUntilReadyAsync(HttpClient client)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(_process.HasExited, $"The server exited with {(_process.HasExited ? _process.ExitCode : 0)}:\n{Output}");
            Assert.True(waited.Elapsed < _timeout, $"The server was not ready within {_timeout.TotalSeconds} s:\n{Output}");
            try
            {
                using var ready = await client.GetAsync(new Uri(Address, "/health/ready"));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }
    }

    public async Task ExitAsync()
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(_timeout);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"The process did not exit within {_timeout.TotalSeconds} s:\n{Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo Info(IReadOnlyDictionary<string, string> settings, string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Seed__Directory"] = Path.Combine(RepoPaths.Root, "seed");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
