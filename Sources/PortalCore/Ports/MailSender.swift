/// Sends e-mail: the portal's `OutboxMailSender` queues it for the job worker, which delivers it
/// through the `MailTransport` (SMTP, or only a log line without a server). Tests record mails instead.
public protocol MailSender: Sendable {
    func send(_ mail: Mail) async throws
}
