using System.Diagnostics;

namespace OpenData.Api.Seeding;

/// <summary>
/// Lets one OpenData process at a time migrate a database file: an exclusive lock on a file beside it
/// (<c>opendata.db.migrations-lock</c>), which the operating system releases when its process ends, however it ends.
/// EF Core's own SQLite lock is a row that a killed process never deletes; while this gate is held, no other OpenData
/// process is migrating, so such a row can only have been left by a process that is gone.
/// </summary>
/// <remarks>
/// The file is never deleted: another process may be waiting on it, and a new file would let it in beside a third.
/// </remarks>
public sealed class MigrationGate : IDisposable
{
    public const string Suffix = ".migrations-lock";

    private static readonly TimeSpan _retryDelay = TimeSpan.FromMilliseconds(100);

    private readonly FileStream? _lock;

    private MigrationGate(FileStream? heldLock) => _lock = heldLock;

    /// <summary>Waits up to <paramref name="timeout"/> for the gate of the SQLite file; a null file is an in-memory database, which no other process can reach.</summary>
    /// <exception cref="MigrationLockException">Another process held the gate for longer than <paramref name="timeout"/>.</exception>
    public static async Task<MigrationGate> EnterAsync(string? databaseFile, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (databaseFile is null)
        {
            return new MigrationGate(null);
        }

        var path = databaseFile + Suffix;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock(2) on Unix and a sharing lock on Windows.
                return new MigrationGate(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            // A file held by another process is a plain IOException; its subclasses (no such folder, say) are other faults.
            catch (IOException ex) when (ex.GetType() == typeof(IOException) && waited.Elapsed < timeout)
            {
                await Task.Delay(_retryDelay, cancellationToken);
            }
            catch (IOException ex) when (ex.GetType() == typeof(IOException))
            {
                throw new MigrationLockException(
                    $"{databaseFile}: another process is migrating this database (it holds {path}) and has not finished in " +
                    $"{timeout.TotalSeconds:0} s. Wait for it, or stop it (`fuser -v {path}` names it), then try again; " +
                    "a migration lock it leaves behind is cleared by the next start or import.",
                    ex);
            }
        }
    }

    public void Dispose() => _lock?.Dispose();
}
