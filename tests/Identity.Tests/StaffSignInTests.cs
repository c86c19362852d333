using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Safeguarding.Contracts.Privacy;
using Safeguarding.Identity.Account;
using Safeguarding.Identity.Privacy;
using Safeguarding.Identity.Staff;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Identity.Tests;

/// <summary>
/// Staff get an account from their coordinator, set their own password from a one-time link, and sign in to the web
/// front end by the authorization code flow with PKCE; refresh tokens keep them signed in until they are disabled.
/// </summary>
public sealed class StaffSignInTests(ProgrammeDirectory directory, MailedLinks mail) : IAsyncLifetime, IClassFixture<ProgrammeDirectory>, IClassFixture<MailedLinks>
{
    private const string WebSecret = "test-web-client-secret";
    private static readonly Uri WebRedirect = new("https://web.test/signin-oidc");
    private readonly string _partnership = TestTokens.NewPartnership();
    private const int SignInAttemptsPerAddress = 12;
    private Guid _police;
    private ServiceHost<Program> _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ServiceHost<Program>.StartAsync("identity-db", configureServices: FromAddresses, settings: new Dictionary<string, string>(MailedLinks.IdentitySettings)
        {
            ["Identity:WebClient:ClientSecret"] = WebSecret,
            ["Identity:WebClient:RedirectUris:0"] = WebRedirect.ToString(),
            ["Identity:SignInAttemptsPerAddress"] = SignInAttemptsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [ProgrammeDirectory.Address.Key] = ProgrammeDirectory.Address.Value,
        });
        _police = await directory.RegisterAsync(_partnership, "Merseyside Police");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private void FromAddresses(IServiceCollection services)
    {
        directory.Route(services);
        mail.Route(services, () => _host);
        services.AddSingleton<IStartupFilter, PeerAddress>();
    }

    private HttpClient Coordinator => _host.ClientFor(_partnership, Roles.Coordinator);

    private StaffSignIn NewBrowser(string? from = null)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (from is not null)
        {
            client.DefaultRequestHeaders.Add(PeerAddress.Header, from);
        }

        return new(client, "safeguarding-web", WebSecret, WebRedirect);
    }

    private async Task<(StaffUserView User, string Email, string Password)> StaffMemberAsync(string role)
    {
        var email = $"{Guid.NewGuid():N}@police.example.org";
        var user = await (await Coordinator.PostJsonAsync("/api/users", new { email, name = "Alex Auditor", organisationId = _police, roles = new[] { role } })).ReadAsync<StaffUserView>();
        var password = "three random words " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.OK, (await NewBrowser().SetPasswordAsync(await mail.LinkSentToAsync(email), password)).StatusCode);
        return (user, email, password);
    }

    [Fact]
    public async Task A_member_of_staff_signs_in_with_PKCE_and_refreshes_a_token_naming_their_partnership_organisation_and_roles()
    {
        var (user, email, password) = await StaffMemberAsync(Roles.Coordinator);

        var tokens = await NewBrowser().SignInAsync(email, password);
        var access = new JsonWebToken(tokens.AccessToken);
        var refreshed = await StaffSignIn.ReadTokensAsync(await NewBrowser().RefreshAsync(tokens.RefreshToken));

        Assert.Equal((user.Id, _partnership, _police.ToString(), Roles.Coordinator, "safeguarding-api"),
            (access.Subject, access.GetClaim("partnership").Value, access.GetClaim("organisation").Value, access.GetClaim("role").Value, access.Audiences.Single()));
        Assert.Equal("Alex Auditor", new JsonWebToken(tokens.IdToken).GetClaim("name").Value);
        Assert.NotEqual(tokens.RefreshToken, refreshed.RefreshToken);
        var listed = await (await _host.CreateClient().WithToken(refreshed.AccessToken).GetAsync("/api/users")).ReadAsync<List<StaffUserView>>();
        Assert.Equal([email], listed.Select(u => u.Email));
    }

    [Fact]
    public async Task Five_wrong_passwords_hold_back_only_their_address_with_the_same_message_as_an_unknown_email_until_the_coordinator_unlocks_it()
    {
        var (user, email, password) = await StaffMemberAsync(Roles.AgencyAuditor);
        var guesser = NewBrowser(from: "198.51.100.7");
        var unknown = await (await guesser.SubmitSignInAsync("nobody@police.example.org", password)).Content.ReadAsStringAsync();

        for (var attempt = 0; attempt < AccountHolds.FailuresInARow; attempt++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await guesser.SubmitSignInAsync(email, "not the password at all")).StatusCode);
        }

        var held = await guesser.SubmitSignInAsync(email, password);
        Assert.Equal(HttpStatusCode.BadRequest, held.StatusCode);
        Assert.Equal(ErrorSummary(unknown), ErrorSummary(await held.Content.ReadAsStringAsync()));
        Assert.NotNull((await (await Coordinator.GetAsync("/api/users")).ReadAsync<List<StaffUserView>>()).Single().LockedOutUntil);
        // The guesser cannot lock the person out: from their own network they sign in as ever.
        Assert.Equal(HttpStatusCode.Redirect, (await NewBrowser(from: "203.0.113.20").SubmitSignInAsync(email, password)).StatusCode);
        await (await _host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator).PostJsonAsync($"/api/users/{user.Id}/unlock", new { })).ReadProblemAsync(404);
        Assert.Equal(HttpStatusCode.OK, (await Coordinator.PostJsonAsync($"/api/users/{user.Id}/unlock", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await guesser.SubmitSignInAsync(email, password)).StatusCode);
        var log = await (await Coordinator.GetAsync($"/api/users/security-log?subject={user.Id}")).ReadAsync<List<SecurityLogEntry>>();
        Assert.Equal(
            ["UserRegistered", "PasswordSet", .. Enumerable.Repeat("SignInRefused", 5), "LockedOut", "SignInRefused", "SignedIn", "Unlocked", "SignedIn"],
            log.AsEnumerable().Reverse().Select(e => e.Kind));
        Assert.All(log, e => Assert.Equal(email, e.SubjectName));
        Assert.Equal(("test-coordinator", user.Id), (log.Single(e => e.Kind == "Unlocked").Actor, log.First(e => e.Kind == "SignedIn").Actor));
        Assert.Empty(await (await _host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator).GetAsync("/api/users/security-log")).ReadAsync<List<SecurityLogEntry>>());
    }

    private sealed record SecurityLogEntry(string Kind, string Subject, string? SubjectName, string? Actor, string? Detail);

    [Fact]
    public async Task Each_read_of_the_staff_list_is_in_the_security_log_which_the_data_protection_officer_reads_by_who_acted()
    {
        await StaffMemberAsync(Roles.PanelMember);
        var reader = _host.ClientFor(_partnership, Roles.Admin, email: "admin.reader@st-helens.example.org");
        (await reader.GetAsync("/api/users")).EnsureSuccessStatusCode();
        var dpo = _host.ClientFor(_partnership, Roles.DataProtectionOfficer);

        var theirs = await (await dpo.GetAsync("/api/users/security-log?actor=test-admin-admin.reader@st-helens.example.org")).ReadAsync<List<SecurityLogEntry>>();
        await (await dpo.GetAsync("/api/users")).ReadProblemAsync(403);
        var read = Assert.Single(theirs);
        Assert.Equal(("StaffListRead", UserEndpoints.StaffListSubject, "1 account"), (read.Kind, read.Subject, read.Detail));
        await (await dpo.GetAsync($"/api/users/security-log?actor={new string('a', 201)}")).ReadProblemAsync(400);
    }

    [Fact]
    public async Task A_disabled_member_of_staff_gets_no_new_token_and_must_sign_in_again()
    {
        var (user, email, password) = await StaffMemberAsync(Roles.PanelMember);
        var browser = NewBrowser();
        var tokens = await browser.SignInAsync(email, password);

        Assert.Equal(HttpStatusCode.OK, (await Coordinator.PostJsonAsync($"/api/users/{user.Id}/disable", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await browser.RefreshAsync(tokens.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.SubmitSignInAsync(email, password)).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => browser.SignInAsync(email, password));
    }

    [Fact]
    public async Task A_role_change_or_a_new_password_link_ends_every_refresh_of_the_person()
    {
        var (user, email, password) = await StaffMemberAsync(Roles.AgencyAuditor);
        var before = await NewBrowser().SignInAsync(email, password);

        (await Coordinator.PutJsonAsync($"/api/users/{user.Id}/roles", new { roles = new[] { Roles.PanelMember } })).EnsureSuccessStatusCode();
        var afterRoles = await NewBrowser().RefreshAsync(before.RefreshToken);
        var again = await NewBrowser().SignInAsync(email, password);
        (await Coordinator.PostJsonAsync($"/api/users/{user.Id}/password-link", new { })).EnsureSuccessStatusCode();
        var afterLink = await NewBrowser().RefreshAsync(again.RefreshToken);

        Assert.Equal(HttpStatusCode.BadRequest, afterRoles.StatusCode);
        Assert.Equal(Roles.PanelMember, new JsonWebToken(again.AccessToken).GetClaim("role").Value);
        Assert.Equal(HttpStatusCode.BadRequest, afterLink.StatusCode);
        Assert.DoesNotContain(new JsonWebToken(again.AccessToken).Claims, c => c.Type == StaffAccess.StampClaim);
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_limited_before_any_account_is_looked_up()
    {
        var (_, email, password) = await StaffMemberAsync(Roles.AgencyAuditor);
        var browser = NewBrowser();
        for (var i = 0; i < SignInAttemptsPerAddress - 1; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SubmitSignInAsync($"{Guid.NewGuid():N}@police.example.org", "a guessed password")).StatusCode);
        }

        var last = await browser.SubmitSignInAsync(email, password);
        var refused = await browser.SubmitSignInAsync(email, password);

        Assert.Equal(HttpStatusCode.Found, last.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many sign-in attempts from your network", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authorization_request_without_a_PKCE_challenge_is_refused()
    {
        var response = await NewBrowser().Browser.GetAsync(
            $"/connect/authorize?client_id=safeguarding-web&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(WebRedirect.ToString())}");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("error:invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("code_challenge", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_names_each_missing_field_keeps_the_email_and_returns_only_into_an_authorization_request()
    {
        var browser = NewBrowser();

        var empty = await browser.SubmitSignInAsync("", "");
        var page = await empty.Content.ReadAsStringAsync();
        var (_, email, password) = await StaffMemberAsync(Roles.TrainingManager);
        var kept = await (await browser.SubmitSignInAsync(email, "")).Content.ReadAsStringAsync();
        var signedIn = await browser.SubmitSignInAsync(email, password, "https://phishing.example/connect/authorize?x=1");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("<a href=\"#email\">Enter your work email address</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#password\">Enter your password</a>", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{email}\"", kept, StringComparison.Ordinal);
        Assert.Equal("/", signedIn.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Only_an_administrator_acts_on_an_administrators_account()
    {
        var admin = _host.ClientFor(_partnership, Roles.Admin);
        var other = await (await admin.PostJsonAsync("/api/users", new { email = $"{Guid.NewGuid():N}@council.example.org", name = "Ash Admin", organisationId = _police, roles = new[] { Roles.Admin } }))
            .ReadAsync<StaffUserView>();

        foreach (var step in new[] { "password-link", "unlock", "disable" })
        {
            var refused = await (await Coordinator.PostJsonAsync($"/api/users/{other.Id}/{step}", new { })).ReadProblemAsync(403);
            Assert.Contains("administrator", refused.Detail, StringComparison.Ordinal);
        }

        Assert.False((await (await admin.GetAsync("/api/users")).ReadAsync<List<StaffUserView>>()).Single(u => u.Id == other.Id).Disabled);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/users/{other.Id}/unlock", new { })).StatusCode);
    }

    [Fact]
    public async Task A_password_link_works_once_and_a_short_password_is_refused()
    {
        var email = $"{Guid.NewGuid():N}@police.example.org";
        (await Coordinator.PostJsonAsync("/api/users", new { email, name = "Sam", organisationId = _police, roles = new[] { Roles.AgencyAuditor } })).EnsureSuccessStatusCode();
        var link = await mail.LinkSentToAsync(email);
        var browser = NewBrowser();

        var tooShort = await (await browser.SetPasswordAsync(link, "short")).Content.ReadAsStringAsync();
        var set = await browser.SetPasswordAsync(link, "a long enough passphrase");
        var again = await (await browser.SetPasswordAsync(link, "another long passphrase")).Content.ReadAsStringAsync();

        Assert.Contains("at least 12 characters", tooShort, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("expired or has already been used", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_newest_password_link_works()
    {
        var email = $"{Guid.NewGuid():N}@police.example.org";
        var user = await (await Coordinator.PostJsonAsync("/api/users", new { email, name = "Kim", organisationId = _police, roles = new[] { Roles.AgencyAuditor } }))
            .ReadAsync<StaffUserView>();
        var older = await mail.LinkSentToAsync(email);
        (await Coordinator.PostJsonAsync($"/api/users/{user.Id}/password-link", new { })).EnsureSuccessStatusCode();
        var newer = await mail.LinkSentToAsync(email, count: 2);
        var browser = NewBrowser();

        var first = await (await browser.SetPasswordAsync(older, "a long enough passphrase")).Content.ReadAsStringAsync();
        var second = await browser.SetPasswordAsync(newer, "a long enough passphrase");

        Assert.Contains("expired or has already been used", first, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_gives_only_peoples_roles_and_never_admin_and_each_bad_field_is_named()
    {
        var problem = await (await Coordinator.PostJsonAsync("/api/users", new { email = "not-an-email", name = "", roles = new[] { Roles.PartnerSystem, Roles.Admin } })).ReadProblemAsync(400);

        Assert.Equal(["email", "name", "organisationId", "roles"], problem.Errors.Keys.Order());
        Assert.Contains("Only an admin makes another admin.", problem.Errors["roles"]);
        await (await _host.ClientFor(_partnership, Roles.AgencyAuditor).GetAsync("/api/users")).ReadProblemAsync(403);
    }

    [Fact]
    public async Task A_coordinator_cannot_give_anyone_an_organisation_outside_the_partnerships_directory()
    {
        var elsewhere = await directory.RegisterAsync(TestTokens.NewPartnership(), "Another Partnership's Police");

        foreach (var organisationId in new[] { elsewhere, Guid.NewGuid() })
        {
            var email = $"{Guid.NewGuid():N}@police.example.org";
            var problem = await (await Coordinator.PostJsonAsync("/api/users", new { email, name = "Impostor", organisationId, roles = new[] { Roles.AgencyAuditor } })).ReadProblemAsync(400);
            Assert.Equal(["organisationId"], problem.Errors.Keys);
        }

        Assert.DoesNotContain(await (await Coordinator.GetAsync("/api/users")).ReadAsync<List<StaffUserView>>(), u => u.Name == "Impostor");
    }

    [Fact]
    public async Task A_password_link_is_emailed_to_its_person_alone_and_neither_the_answer_nor_the_message_record_holds_it()
    {
        var email = $"{Guid.NewGuid():N}@police.example.org";
        var registered = await Coordinator.PostJsonAsync("/api/users", new { email, name = "Robin Reader", organisationId = _police, roles = new[] { Roles.PanelMember } });
        var answer = await registered.Content.ReadAsStringAsync();
        var user = await registered.ReadAsync<StaffUserView>();
        var link = await mail.LinkSentToAsync(email);
        var token = QueryHelpers.ParseQuery(new Uri(link).Query)["token"].ToString();
        var record = await Eventually.Get(
            async () => await (await mail.NotificationsFor(_partnership).GetAsync($"/api/notifications/{user.PasswordLinkMessage}")).Content.ReadAsStringAsync(),
            text => text.Contains("\"sentAt\":\"", StringComparison.Ordinal));
        var text = await mail.TextOfAsync((await mail.SentToAsync(email)).Single());

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Contains("Dear Robin Reader", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await NewBrowser().SetPasswordAsync(link, "a long enough passphrase")).StatusCode);
        foreach (var seen in new[] { answer, record })
        {
            Assert.DoesNotContain(token, seen, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(token), seen, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task When_the_link_cannot_be_emailed_the_coordinator_is_told_and_nobody_is_registered()
    {
        await using var cutOff = await ServiceHost<Program>.StartAsync("identity-db", configureServices: directory.Route, settings: new Dictionary<string, string>(MailedLinks.IdentitySettings)
        {
            [ProgrammeDirectory.Address.Key] = ProgrammeDirectory.Address.Value,
            [$"services:{PasswordLinkMail.Service}:http:0"] = $"http://127.0.0.1:{FreePorts.Next()}",
        });
        var coordinator = cutOff.ClientFor(_partnership, Roles.Coordinator);

        var refused = await coordinator.PostJsonAsync("/api/users", new { email = $"{Guid.NewGuid():N}@police.example.org", name = "Pat", organisationId = _police, roles = new[] { Roles.PanelMember } });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await (await coordinator.GetAsync("/api/users")).ReadAsync<List<StaffUserView>>());
    }

    [Fact]
    public async Task A_member_of_staff_s_subject_access_gives_their_account_and_log_without_the_password_hash_and_is_itself_logged()
    {
        var (user, email, password) = await StaffMemberAsync(Roles.AgencyAuditor);
        await NewBrowser().SignInAsync(email, password);

        var held = await (await Coordinator.PostJsonAsync("/api/users/subject-access", new { subject = user.Id })).ReadAsync<HeldAboutPerson>();

        var account = Assert.Single(held.Documents).Data;
        Assert.Equal((email, "Alex Auditor", StaffSubjectAccess.PasswordKept), ((string?)account["email"], (string?)account["displayName"], (string?)account["password"]));
        Assert.DoesNotContain("AQAAAA", account.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["UserRegistered", "PasswordSet", "SignedIn"], held.Events.Select(e => e.Type));
        var log = await (await Coordinator.GetAsync($"/api/users/security-log?subject={user.Id}")).ReadAsync<List<SecurityLogEntry>>();
        Assert.Contains(log, e => e.Kind == "SubjectAccessAnswered");

        var elsewhere = await (await _host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator).PostJsonAsync("/api/users/subject-access", new { subject = user.Id })).ReadAsync<HeldAboutPerson>();
        Assert.Empty(elsewhere.Documents);
        Assert.Empty(elsewhere.Events);
        await (await _host.ClientFor(_partnership, Roles.DataProtectionOfficer).PostJsonAsync("/api/users/subject-access", new { subject = user.Id })).ReadProblemAsync(403);
        var missing = await (await Coordinator.PostJsonAsync("/api/users/subject-access", new { subject = (string?)null })).ReadProblemAsync(400);
        Assert.Contains("subject", missing.Errors.Keys, StringComparer.OrdinalIgnoreCase);
    }

    private static string ErrorSummary(string page) => page[page.IndexOf("<div class=\"error-summary\"", StringComparison.Ordinal)..page.IndexOf("</div>", StringComparison.Ordinal)];
}
