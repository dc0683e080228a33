import Foundation

/// A reviewer's remark on a draft (on the catalogue entry, a step or one field), or an editor's answer.
public struct DraftComment: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<DraftComment>

    public var id: ID
    public var draftID: FormDraft.ID
    /// `eintrag`, `schritt-2` or `feld-KEY`: where the remark applies.
    public var target: String
    public var author: String
    public var text: String
    public var createdAt: Date
    /// Set on answers: the remark answered.
    public var replyTo: ID?
    public var isResolved: Bool

    public init(id: ID, draftID: FormDraft.ID, target: String, author: String, text: String, createdAt: Date, replyTo: ID? = nil, isResolved: Bool = false) {
        self.id = id
        self.draftID = draftID
        self.target = target
        self.author = author
        self.text = text
        self.createdAt = createdAt
        self.replyTo = replyTo
        self.isResolved = isResolved
    }
}
