import Foundation
import Metrics
import PortalCore

/// Delivers one mail of the outbox. A failure (server down, refused) is retried by the worker
/// with backoff; the action that caused the mail was committed long before. A mail already
/// delivered is not sent again, and one deleted meanwhile is nothing to do. A crash between the
/// server's acceptance and the mark can deliver it twice: mail is at-least-once.
public struct MailDeliveryHandler: JobHandler {
    public let kind = JobKind.sendMail
    let outbox: any Outbox
    let transport: any MailTransport
    let now: @Sendable () -> Date

    public init(outbox: any Outbox, transport: any MailTransport, now: @escaping @Sendable () -> Date) {
        self.outbox = outbox
        self.transport = transport
        self.now = now
    }

    public func run(_ job: Job) async throws {
        guard let stored = try await outbox.mail(id: job.payload), stored.sentAt == nil else { return }
        do {
            try await transport.deliver(stored.mail, id: job.payload)
        } catch {
            Counter(label: "serviceportal_mails_total", dimensions: [("outcome", "failed")]).increment()
            throw error
        }
        Counter(label: "serviceportal_mails_total", dimensions: [("outcome", "sent")]).increment()
        try await outbox.markSent(id: job.payload, at: now())
    }
}
