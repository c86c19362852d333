using Microsoft.AspNetCore.Components;
using Safeguarding.Web.Api;
using Safeguarding.Web.Reports;

namespace Safeguarding.Web.Components.Pages.Programme;

/// <summary>A coordinator's page of one year's programme: the draft as the Programme API gives it to the coordinator.</summary>
public abstract class ProgrammePage : ApiPage
{
    [Parameter]
    public int Year { get; set; }

    protected DraftProgrammeDto? Programme { get; private set; }

    /// <summary>False when the programme list could not be read at all (as opposed to: there is no programme for the year yet).</summary>
    protected bool Readable { get; private set; }

    protected string ApiPath => $"/api/programmes/{Programme!.Id}";

    protected string Here => $"/programme/{Year}/draft";

    protected override async Task OnInitializedAsync()
    {
        var programmes = await Api.TryGetAsync<List<DraftProgrammeDto>>("/api/programmes");
        Readable = programmes is not null;
        Programme = programmes?.FirstOrDefault(p => p.Year == Year);
    }
}
