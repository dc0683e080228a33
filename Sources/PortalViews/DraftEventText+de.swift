import PortalCore

extension DraftEventText {
    // German is the stored form.
    static let german = DraftEventText(language: .german) { $0.stored }
}
