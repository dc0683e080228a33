import Foundation

/// A form version not yet published: imported from FIM or (later) built by an editor. Notes and
/// warnings travel with it so the editor sees what the import could not carry over.
public struct FormDraft: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<FormDraft>

    public var id: ID
    public var serviceID: Service.ID
    public var schema: FormSchema
    /// Where it came from, e.g. `FIM S00000000364 1.0.0`.
    public var source: String
    /// Rules in prose and other hints for the editor.
    public var notes: [String]
    public var warnings: [String]
    public var createdAt: Date
    /// Counts every saved change; an edit based on an older revision is refused, not merged.
    public var revision: Int
    public var reviewState: ReviewState

    public init(
        id: ID, serviceID: Service.ID, schema: FormSchema, source: String, notes: [String], warnings: [String], createdAt: Date,
        revision: Int = 1, reviewState: ReviewState = .editing
    ) {
        self.id = id
        self.serviceID = serviceID
        self.schema = schema
        self.source = source
        self.notes = notes
        self.warnings = warnings
        self.createdAt = createdAt
        self.revision = revision
        self.reviewState = reviewState
    }
}
