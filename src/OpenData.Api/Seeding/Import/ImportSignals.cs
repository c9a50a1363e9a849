using System.Runtime.InteropServices;

namespace OpenData.Api.Seeding.Import;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM cancel a running import, so its transaction rolls back and it says so, instead of the
/// runtime ending the process mid-write (safe as well, but silent). The import runs before any host is built, so no
/// host lifetime handles the signals for it. A second signal ends the process at once.
/// </summary>
public sealed class ImportSignals : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration[] _registrations;

    public ImportSignals(TextWriter error)
    {
        _error = error;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    public CancellationToken Token => _cancellation.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancellation.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_cancellation.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        _error.WriteLine($"{context.Signal} received: stopping the import.");
        _cancellation.Cancel();
    }
}
