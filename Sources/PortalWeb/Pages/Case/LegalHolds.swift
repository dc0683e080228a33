import Foundation
import PortalCore
import PortalViews

/// Setting and lifting the legal hold of a case, shared by the case page (case workers) and the
/// audit trail page (privacy officers and admins); each page shows a refusal in its own form.
struct LegalHolds: Sendable {
    let retention: any RetentionStore
    let staff: any StaffStore
    let frame: PageFrame
    let now: @Sendable () -> Date

    enum Outcome {
        case changed(flash: String)
        case refused(error: String, entered: String)
    }

    func change(_ submission: Submission, form: FormValues, by user: StaffUser, language: Language) async throws -> Outcome {
        let words = RetentionText.for(language)
        guard let action = try form.action(LegalHoldAction.self) else { throw PageError(.unknownAction) }
        // A case the retention run has anonymised has nothing left to keep.
        if try await retention.isAnonymised(submission.id) { return .refused(error: words.alreadyAnonymised, entered: "") }
        let actor = AuditEvent.staff(user.id)
        switch action {
        case .set:
            let typed = form.text("grund", max: LegalHold.maximumReasonLength + 1)
            guard let reason = LegalHold.reason(typed) else { return .refused(error: words.reasonMissing, entered: typed) }
            try await retention.setLegalHold(LegalHold(reason: reason, setBy: actor, setAt: now()), on: submission.id, actor: actor, at: now())
            return .changed(flash: words.holdSet)
        case .lift:
            try await retention.setLegalHold(nil, on: submission.id, actor: actor, at: now())
            return .changed(flash: words.holdLifted)
        }
    }

    /// The panel for a case: its hold (who set it, when, why) or the form to set one.
    func panel(
        _ submission: Submission, action: String, csrfToken: String, language: Language, refused: (error: String, entered: String)? = nil
    ) async throws -> LegalHoldPanel {
        let words = RetentionText.for(language)
        var holdText: String?
        if let hold = try await retention.legalHold(on: submission.id) {
            var names = AuditTrailController.ActorNames(staff: staff, words: AuditText.for(language))
            let by = try await names.name(hold.setBy)
            holdText = words.heldSince(frame.dateTime(hold.setAt), by, hold.reason)
        }
        var panel = LegalHoldPanel(holdText: holdText, action: action, csrfToken: csrfToken, language: language)
        panel.isAnonymised = try await retention.isAnonymised(submission.id)
        panel.error = refused?.error
        panel.enteredReason = refused?.entered ?? ""
        return panel
    }
}
