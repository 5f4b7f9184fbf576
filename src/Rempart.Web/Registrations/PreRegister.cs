using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data;
using Rempart.Data.Accounts;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;
using Rempart.Web.Accounts;
using Rempart.Web.Mail;

namespace Rempart.Web.Registrations;

/// <summary>
/// A pre-registration from Rempart's page (and, later, from the public website): validates the form,
/// finds or creates the accounts of the volunteer and of whoever registers them, records the request
/// (<see cref="CreatePreRegistration"/>) and writes to both. An account created for someone else is
/// managed by the person who created it (a parent, a social worker); an existing account never
/// becomes managed this way, since nothing proves who typed its address. Sent twice, the same
/// request finds the first and sends nothing more; refused, it leaves no account behind.
/// </summary>
public sealed class PreRegister(
    UserManager<RempartUser> users, IDbContextFactory<RempartDbContext> contexts, CreatePreRegistration create,
    ActivationLink activationLinks, RegistrationMails mails, IOptions<MailOptions> mailOptions, TimeProvider clock)
{
    /// <param name="sessionId">The session asked for.</param>
    /// <param name="form">The form as filled in.</param>
    /// <param name="signedIn">The person filling it in, when signed in; null for a visitor (who has passed the captcha).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<PreRegistrationOutcome> ExecuteAsync(Guid sessionId, PreRegistrationForm form, Actor? signedIn, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (signedIn is not null && !form.ForSomeoneElse)
            form.Email = (await users.FindByIdAsync(signedIn.UserId.ToString()))?.Email ?? form.Email;
        var errors = PreRegistrationRules.Validate(form, today, signedIn is not null);
        if (errors.Count > 0) return new PreRegistrationOutcome(null, null, false, errors);

        var created = new List<RempartUser>();
        RempartUser? registrant = null;
        if (signedIn is not null) registrant = await users.FindByIdAsync(signedIn.UserId.ToString());
        else if (form.ForSomeoneElse) registrant = await FindOrCreateAsync(form.RegistrantEmail, $"{form.RegistrantFirstName.Trim()} {form.RegistrantLastName.Trim()}", created);

        RempartUser? volunteer;
        if (!form.ForSomeoneElse) volunteer = registrant ??= await FindOrCreateAsync(form.Email, $"{form.FirstName.Trim()} {form.LastName.Trim()}", created);
        // A young person registered with their parent's address has no account of their own: the parent's shows them.
        else if (string.Equals(form.Email.Trim(), registrant?.Email, StringComparison.OrdinalIgnoreCase)) volunteer = null;
        else volunteer = await FindOrCreateAsync(form.Email, $"{form.FirstName.Trim()} {form.LastName.Trim()}", created);

        var registrantName = registrant?.DisplayName ?? registrant?.Email ?? "Le volontaire";
        var outcome = await create.ExecuteAsync(new PreRegistrationRequest(sessionId, form, volunteer?.Id, registrant?.Id, registrantName), cancellationToken);
        if (!outcome.Succeeded)
        {
            foreach (var user in created) await users.DeleteAsync(user);
            return outcome;
        }
        if (outcome.AlreadyExisted) return outcome;

        if (volunteer is not null && registrant is not null && volunteer.Id != registrant.Id && created.Contains(volunteer))
            await ManageAsync(registrant.Id, volunteer.Id, cancellationToken);
        var baseUri = new Uri(mailOptions.Value.PublicBaseUrl);
        var links = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in created) links[user.Email!] = await activationLinks.CreateAsync(user, baseUri);
        if (outcome.WaitingPosition is { } position)
        {
            var recipients = new[] { form.Email.Trim(), registrant?.Email }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            await mails.SendWaitingListJoinedAsync(sessionId, $"{form.FirstName.Trim()} {form.LastName.Trim()}", position, recipients, links, cancellationToken);
        }
        else await mails.SendReceivedAsync(outcome.RegistrationId!.Value, outcome.Stage!.Value, links, cancellationToken);
        return outcome;
    }

    /// <summary>The account of this address, or a new one without a password holding the volunteer profile.</summary>
    private async Task<RempartUser> FindOrCreateAsync(string email, string displayName, List<RempartUser> created)
    {
        email = email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new RempartUser { UserName = email, Email = email, DisplayName = displayName, CreatedAt = clock.GetUtcNow().UtcDateTime };
            IdentityResult result;
            try
            {
                result = await users.CreateAsync(user);
            }
            catch (DbUpdateException)
            {
                result = IdentityResult.Failed();
            }
            // The same request sent twice at once: the other one created the account first.
            if (!result.Succeeded) return await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            created.Add(user);
        }
        await GiveVolunteerProfileAsync(user.Id);
        return user;
    }

    /// <summary>The built-in volunteer profile opens "My registrations"; found by its key, since its name may be edited.</summary>
    private async Task GiveVolunteerProfileAsync(Guid userId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var roleId = await db.Roles.Where(r => r.BuiltInKey == ProfileRoles.Volunteer).Select(r => r.Id).FirstAsync();
        if (await db.UserRoles.AnyAsync(r => r.UserId == userId && r.RoleId == roleId)) return;
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = userId, RoleId = roleId });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Given at the same moment by the same request sent twice.
        }
    }

    private async Task ManageAsync(Guid managerId, Guid managedId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ManagedAccounts.AnyAsync(m => m.ManagerId == managerId && m.ManagedId == managedId, cancellationToken)) return;
        db.ManagedAccounts.Add(new ManagedAccount { ManagerId = managerId, ManagedId = managedId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }
}
