import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The case page's hand-over section and sending a failed delivery again.
extension BackOfficeController {
    func handoverPanel(_ submission: Submission, csrfToken: String, _ language: Language) async throws -> HandoverPanel? {
        // A test is never handed over; saying "no hand-over set up" there would mislead.
        if submission.isTest { return nil }
        let words = HandoverText.for(language)
        // FIT-Connect's event log, verified, per channel: what the Zustelldienst and the receiver said.
        let events = try await applicantCase.fitConnect?.events(of: submission.id) ?? []
        let rows = try await handover.deliveries(of: submission.id).map { delivery -> HandoverPanel.Row in
            var details: [String] = []
            let state: String
            switch delivery.state {
            case .pending: state = words.pending
            case .delivered: state = words.delivered
            case .failed: state = words.failed
            }
            if let at = delivery.deliveredAt { details.append(words.deliveredAt(frame.dateTime(at))) }
            if delivery.attempts > 0 { details.append(words.attempts(delivery.attempts)) }
            if delivery.state != .delivered, let reason = delivery.lastError { details.append(words.failure(HandoverFailure(stored: reason))) }
            if let at = delivery.retriedByHandAt { details.append(words.retriedByHand(frame.dateTime(at))) }
            for (channel, event) in events where channel == delivery.channelID {
                let problems = event.problems.isEmpty ? "" : " (\(event.problems.joined(separator: "; ")))"
                details.append("\(words.event(event.kind)) \(words.deliveredAt(frame.dateTime(event.issuedAt)))\(problems)")
            }
            return HandoverPanel.Row(
                channel: words.kind(delivery.kind), state: state, isFailed: delivery.state == .failed, details: details,
                retryAction: delivery.state == .failed && delivery.kind != .pull
                    ? SiteRoute.staffDeliveryRetry(reference: submission.reference.rawValue, channel: delivery.channelID.description).path : nil)
        }
        return HandoverPanel(rows: rows, csrfToken: csrfToken)
    }

    /// Sends a failed delivery again: pending with a fresh job and a fresh count of attempts.
    @Sendable func retryDelivery(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in
            let submission = try await visibleSubmission(context, user)
            let words = HandoverText.for(frame.language(request))
            guard let channel = HandoverChannel.ID(string: try context.parameters.require("channel")) else { throw PageError(.notFound) }
            let job = Job(id: ids(), kind: .deliver, payload: Delivery.jobPayload(submission.id, channel), runAt: now())
            if try await handover.retryByHand(submission.id, through: channel, job: job, at: now()) {
                try await audit.record(
                    AuditEvent(
                        id: ids(), actor: AuditEvent.staff(user.id), action: .handoverRetried, target: "channel:\(channel)", submissionID: submission.id,
                        at: now()))
                context.flash(words.retried)
            } else {
                context.flash(words.notFailed)
            }
            return PageFrame.redirect(.staffSubmission(reference: submission.reference.rawValue))
        }
    }
}
