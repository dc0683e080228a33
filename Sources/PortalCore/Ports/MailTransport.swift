/// Delivers a mail to the mail server now (SMTP in production). Called by the mail job only;
/// everything else hands mails to `MailSender`, which queues them.
public protocol MailTransport: Sendable {
    func deliver(_ mail: Mail, id: String) async throws
}
