namespace Safeguarding.Section11.Evidence;

/// <summary>
/// Where evidence files live: outside the event store, which records only what a file is (name, type, size, hash) and
/// its key. One small interface, so an object store can replace the file system.
/// </summary>
public interface IEvidenceFileStore
{
    /// <summary>Stores the content under a new key, which it answers.</summary>
    Task<string> SaveAsync(string partnershipId, Stream content, CancellationToken cancellationToken);

    /// <summary>The content stored under the key, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);
}
