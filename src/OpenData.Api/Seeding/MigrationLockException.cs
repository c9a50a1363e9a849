namespace OpenData.Api.Seeding;

/// <summary>The database could not be migrated because another process held its migration lock: what, and what to do.</summary>
public sealed class MigrationLockException(string message, Exception? innerException = null) : Exception(message, innerException);
