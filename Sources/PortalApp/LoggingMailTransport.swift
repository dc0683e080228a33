import Logging
import PortalCore

/// Stands in for SMTP until the mail issue: notes that a mail would be sent, with its subject only.
/// Recipient and body (a resume link is a secret) never reach the log.
public struct LoggingMailSender: MailSender {
    let logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    public func send(_ mail: Mail) async throws {
        logger.info("mail not sent (no mail server configured yet)", metadata: ["subject": "\(mail.subject)"])
    }
}
