import Foundation

/// A case that must not be deleted yet (a lawsuit, an audit by the Rechnungsprüfung): the
/// retention run passes it by until the hold is lifted.
public struct LegalHold: Hashable, Sendable {
    public var reason: String
    /// `staff:<id>`.
    public var setBy: String
    public var setAt: Date

    public init(reason: String, setBy: String, setAt: Date) {
        self.reason = reason
        self.setBy = setBy
        self.setAt = setAt
    }

    public static let maximumReasonLength = 500

    /// The reason as typed, or nil when it is empty or too long.
    public static func reason(_ text: String) -> String? {
        let reason = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return reason.isEmpty || reason.count > maximumReasonLength ? nil : reason
    }
}
