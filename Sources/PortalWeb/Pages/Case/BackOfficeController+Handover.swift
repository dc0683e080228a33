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

extension BackOfficeController {
    /// How a case received through FIT-Connect reads: where it came from with the sender's
    /// reference, its Fachdaten line by line, and its attachments as case files.
    func receivedSections(_ submission: Submission, _ incoming: FITConnectIncoming, _ language: Language) -> [StaffSubmissionPage.Section] {
        let words = HandoverText.for(language)
        let text = Strings.for(language)
        var origin = [StaffSubmissionPage.Answer(question: words.receivedChannel, answer: "FIT-Connect")]
        if let reference = incoming.senderReference { origin.append(.init(question: words.senderReference, answer: reference)) }
        if let address = incoming.replyAddress { origin.append(.init(question: words.replyAddress, answer: address)) }
        var sections = [StaffSubmissionPage.Section(title: words.receivedHeading, answers: origin)]
        if let data = submission.answers[FITConnectIncoming.dataKey] {
            let lines = ReceivedAnswers.lines(data, words: text.answerWords).map { StaffSubmissionPage.Answer(question: $0.label, answer: $0.value) }
            sections.append(StaffSubmissionPage.Section(title: words.receivedData, answers: lines))
        }
        if case .array(let items)? = submission.answers[FITConnectIncoming.filesKey] {
            let files = items.compactMap { item -> StaffSubmissionPage.FileLink? in
                guard let id = UploadedFile.reference(in: item), case .string(let name)? = item["name"] else { return nil }
                return .init(name: name, path: SiteRoute.staffFile(reference: submission.reference.rawValue, id: id.description).path)
            }
            sections.append(StaffSubmissionPage.Section(title: words.receivedFiles, answers: [.init(question: words.receivedFiles, answer: "", files: files)]))
        }
        return sections
    }
}
