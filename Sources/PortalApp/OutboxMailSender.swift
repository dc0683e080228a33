import Foundation
import PortalCore

/// What the portal's pages and jobs use to send mail: the mail goes into the outbox together with
/// its delivery job, in one transaction, and the caller goes on. Delivery happens in the job
/// worker (`MailDeliveryHandler`), so a slow or broken mail server never blocks or undoes an action.
public struct OutboxMailSender: MailSender {
    let outbox: any Outbox
    let ids: IDGenerator
    let now: @Sendable () -> Date

    public init(outbox: any Outbox, ids: IDGenerator, now: @escaping @Sendable () -> Date) {
        self.outbox = outbox
        self.ids = ids
        self.now = now
    }

    public func send(_ mail: Mail) async throws {
        let id: Job.ID = ids()
        let at = now()
        try await outbox.add(mail, id: id.description, job: Job(id: ids(), kind: .sendMail, payload: id.description, runAt: at), at: at)
    }
}
