namespace Safeguarding.Section11.Evidence;

/// <summary>
/// Where evidence files live: outside the event store, which records only what a file is (name, type, size, hash) and
/// its key. One small interface, so an object store can replace the file system.
/// </summary>
public interface IEvidenceFileStore
{
    /// <summary>A fresh key for a file of the partnership, chosen before anything is stored.</summary>
    string NewKey(string partnershipId);

    /// <summary>Stores the content under the key.</summary>
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>The content stored under the key, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>The keys of every file stored before the time, in every partnership.</summary>
    Task<IReadOnlyList<string>> KeysStoredBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Removes the file under the key, if there is one.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
