using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Rempart.Data.Messaging;
using Rempart.Domain.Mail;
using Rempart.Web.Mail;

namespace Rempart.Web.Messaging;

/// <summary>
/// Tells the other side of a conversation that a message waits, by e-mail, from the "message-recu"
/// template: a link to the conversation always, the subject and the text only when the writer did
/// not mark the message confidential. Attachments never leave Rempart.
/// </summary>
public sealed class NotifyNewMessage(ComposeMail compose, SendMail sendMail, IOptions<MailOptions> options, ILogger<NotifyNewMessage> logger)
{
    /// <returns>How many messages left (one undeliverable address does not stop the others).</returns>
    public async Task<int> ExecuteAsync(MessageNotice notice, CancellationToken cancellationToken = default)
    {
        var link = options.Value.PublicBaseUrl.TrimEnd('/') + MessagingRoutes.Conversation(notice.ToOrganisation, notice.ConversationId);
        var text = notice.Text is null ? "" : HtmlEncoder.Default.Encode(notice.Text).ReplaceLineEndings("<br>");
        var sent = 0;
        foreach (var recipient in notice.Recipients)
        {
            try
            {
                var mail = await compose.ExecuteAsync(MailTemplateCatalogue.MessageReceived, new Dictionary<string, string?>
                {
                    ["message.destinataire"] = recipient.Name, ["message.expediteur"] = notice.Author, ["message.sujet"] = notice.Subject ?? "",
                    ["message.texte"] = text, ["message.lien"] = link,
                }, cancellationToken);
                await sendMail.ExecuteAsync(recipient.Email, mail.Subject, mail.Html, cancellationToken);
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The notice of a message in conversation {ConversationId} could not be sent", notice.ConversationId);
            }
        }
        return sent;
    }
}
