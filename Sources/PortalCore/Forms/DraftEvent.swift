import Foundation

/// One entry of a draft's history: who did what, when.
public struct DraftEvent: Hashable, Sendable {
    public var draftID: FormDraft.ID
    public var at: Date
    public var actor: String
    public var action: String
    /// On a reviewer's decision: the form as they saw it, so the next review shows what changed since.
    public var reviewedSchema: FormSchema?

    public init(draftID: FormDraft.ID, at: Date, actor: String, action: String, reviewedSchema: FormSchema? = nil) {
        self.draftID = draftID
        self.at = at
        self.actor = actor
        self.action = action
        self.reviewedSchema = reviewedSchema
    }
}
