import Foundation
import PortalCore

/// What the server keeps per browser session: the CSRF token, drafts of online forms and the
/// last confirmation. Stored in the database through hummingbird-auth's session middleware.
public struct PortalSession: Codable, Sendable, Equatable {
    /// Drafts are the raw values as entered, per field key, and the steps already passed.
    public struct Draft: Codable, Sendable, Equatable {
        public var formVersionID: FormVersion.ID
        public var values: [String: [String]]
        public var completedSteps: Set<Int>

        public init(formVersionID: FormVersion.ID, values: [String: [String]] = [:], completedSteps: Set<Int> = []) {
            self.formVersionID = formVersionID
            self.values = values
            self.completedSteps = completedSteps
        }
    }

    public struct Confirmation: Codable, Sendable, Equatable {
        public var serviceSlug: String
        public var reference: String
        public var receivedAt: Date
    }

    public var csrfToken: String
    public var expiresAt: Date
    public var drafts: [String: Draft] = [:]
    public var lastConfirmation: Confirmation?
    public var flash: String?
    /// The signed-in staff member, if any.
    public var staffUserID: StaffUser.ID?

    public init(csrfToken: String, expiresAt: Date) {
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }

    /// 256 random bits, base64url.
    public static func newToken() -> String {
        RandomToken.make()
    }
}
