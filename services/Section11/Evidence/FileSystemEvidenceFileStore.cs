namespace Safeguarding.Section11.Evidence;

/// <summary>Evidence files on a file system: one folder per partnership, one file per upload, named by a fresh id.</summary>
public sealed class FileSystemEvidenceFileStore(string root) : IEvidenceFileStore
{
    public string NewKey(string partnershipId) => $"{Path.GetFileName(partnershipId)}/{Guid.CreateVersion7():N}";

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task<IReadOnlyList<string>> KeysStoredBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> keys = Directory.Exists(root)
            ? [.. new DirectoryInfo(root).EnumerateDirectories()
                .SelectMany(partnership => partnership.EnumerateFiles())
                .Where(file => file.LastWriteTimeUtc < before.UtcDateTime)
                .Select(file => $"{file.Directory!.Name}/{file.Name}")]
            : [];
        return Task.FromResult(keys);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    // Keys are ours, but a key is still never allowed to reach outside the root.
    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(root, key));
        return path.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException("An evidence file key points outside the evidence store.");
    }
}
