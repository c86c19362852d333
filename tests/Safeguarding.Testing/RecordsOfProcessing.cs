using Marten;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.ServiceDefaults.Security;
using Xunit;

namespace Safeguarding.Testing;

/// <summary>Each service's record of processing, checked the same way: whole, and read only by those who answer for it.</summary>
public static class RecordsOfProcessing
{
    /// <summary>What the service stores, checked whole: a stored field of text declared neither personal nor not fails here.</summary>
    public static IReadOnlyList<Type> StoredAndDeclared<TProgram>(this ServiceHost<TProgram> host)
        where TProgram : class
    {
        var stored = RecordOfProcessing.StoredBy(typeof(TProgram).Assembly, host.Services.GetRequiredService<IDocumentStore>());
        var (_, undeclared) = RecordOfProcessing.Of(stored);
        Assert.True(undeclared.Count == 0, "Declare each as [PersonalData] or [NotPersonal]:\n" + string.Join('\n', undeclared));
        return stored;
    }

    /// <summary>The service's record of processing as the Data Protection Officer reads it, once a board member is refused it.</summary>
    public static async Task<List<PersonalField>> RecordOfProcessingAsync<TProgram>(this ServiceHost<TProgram> host, string path)
        where TProgram : class
    {
        var partnership = TestTokens.NewPartnership();
        await (await host.ClientFor(partnership, Roles.BoardReader).GetAsync(path)).ReadProblemAsync(403);
        return await (await host.ClientFor(partnership, Roles.DataProtectionOfficer).GetAsync(path)).ReadAsync<List<PersonalField>>();
    }
}
