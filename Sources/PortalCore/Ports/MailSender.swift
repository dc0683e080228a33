/// Sends e-mail. Until the mail issue brings SMTP, the portal uses `LoggingMailSender`, which
/// records that a mail would go out without logging its recipient or content.
public protocol MailSender: Sendable {
    func send(_ mail: Mail) async throws
}
