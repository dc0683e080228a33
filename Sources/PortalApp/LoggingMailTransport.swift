import Logging
import PortalCore

/// The mail transport when no SMTP server is configured: notes that a mail would be delivered, with
/// its subject only. Recipient and body (a resume link is a secret) never reach the log.
public struct LoggingMailTransport: MailTransport {
    let logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    public func deliver(_ mail: Mail, id: String) async throws {
        logger.info("mail not delivered (no SMTP_HOST configured)", metadata: ["subject": "\(mail.subject)", "mail": "\(id)"])
    }
}
