using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;

namespace Rempart.Web.Registrations;

/// <summary>Saves or sends the registration form (<see cref="SaveRegistrationFile"/>), and announces the step it moved to, if any.</summary>
public sealed class FillRegistrationFile(SaveRegistrationFile save, RegistrationMails mails)
{
    public async Task<FileSaveOutcome> ExecuteAsync(Guid registrationId, RegistrationFileDraft draft, Actor actor, bool send, CancellationToken cancellationToken = default)
    {
        var outcome = await save.ExecuteAsync(registrationId, draft, actor, send, cancellationToken);
        if (outcome.Advanced is { } move) await mails.SendStageChangeAsync(move, cancellationToken);
        return outcome;
    }
}
