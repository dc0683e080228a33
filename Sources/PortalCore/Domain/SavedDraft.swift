import Foundation

/// A draft the applicant saved to continue later ("Speichern und später fortsetzen"). Found by the
/// hash of the resume token; the token itself is only shown once and mailed, never stored.
public struct SavedDraft: Hashable, Sendable {
    /// The draft's own ID; its uploads belong to it.
    public var id: String
    public var tokenHash: String
    public var serviceID: Service.ID
    public var formVersionID: FormVersion.ID
    /// The draft as the web layer keeps it (answers as entered, entries, passed steps), as JSON.
    public var data: String
    public var savedAt: Date
    public var expiresAt: Date

    public init(id: String, tokenHash: String, serviceID: Service.ID, formVersionID: FormVersion.ID, data: String, savedAt: Date, expiresAt: Date) {
        self.id = id
        self.tokenHash = tokenHash
        self.serviceID = serviceID
        self.formVersionID = formVersionID
        self.data = data
        self.savedAt = savedAt
        self.expiresAt = expiresAt
    }
}
