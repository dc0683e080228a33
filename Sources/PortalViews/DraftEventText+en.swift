import PortalCore

extension DraftEventText {
    static let english = DraftEventText(language: .english) { action in
        switch action {
        case .draftCreated(let version): "Draft created from version \(version)."
        case .sentToReview: "Sent for review."
        case .commentResolved(let text): "Remark marked as resolved: “\(text)”"
        case .changedAfterApproval: "Changed after approval; the approval is withdrawn."
        case .published(let version): "Published as version \(version)."
        case .approved(let revision): "Approved (revision \(revision))."
        case .changesRequested: "Changes requested."
        case .other(let text): text
        }
    }
}
