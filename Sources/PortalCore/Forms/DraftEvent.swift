import Foundation

/// One entry of a draft's history: who did what, when.
public struct DraftEvent: Hashable, Sendable {
    /// What happened. Pages say it in the reader's language (PortalViews `DraftEventText`).
    public enum Action: Hashable, Sendable {
        case draftCreated(fromVersion: Int)
        case sentToReview
        case commentResolved(String)
        case changedAfterApproval
        case published(version: Int)
        case approved(revision: Int)
        case changesRequested
        /// A line this version does not know, shown as written.
        case other(String)
    }

    public var draftID: FormDraft.ID
    public var at: Date
    public var actor: String
    public var action: Action
    /// On a reviewer's decision: the form as they saw it, so the next review shows what changed since.
    public var reviewedSchema: FormSchema?

    public init(draftID: FormDraft.ID, at: Date, actor: String, action: Action, reviewedSchema: FormSchema? = nil) {
        self.draftID = draftID
        self.at = at
        self.actor = actor
        self.action = action
        self.reviewedSchema = reviewedSchema
    }
}

extension DraftEvent.Action {
    /// The stored form is the German sentence earlier versions wrote, so histories recorded
    /// before the action was typed read exactly like new ones.
    public var stored: String {
        switch self {
        case .draftCreated(let version): "Entwurf aus Version \(version) angelegt."
        case .sentToReview: "Zur Prüfung gesendet."
        case .commentResolved(let text): "Anmerkung als erledigt markiert: „\(text.prefix(60))“"
        case .changedAfterApproval: "Nach der Freigabe geändert; die Freigabe ist aufgehoben."
        case .published(let version): "Als Version \(version) veröffentlicht."
        case .approved(let revision): "Freigegeben (Stand \(revision))."
        case .changesRequested: "Änderungen angefordert."
        case .other(let text): text
        }
    }

    public init(stored: String) {
        func number(between prefix: String, and suffix: String) -> Int? {
            guard stored.hasPrefix(prefix), stored.hasSuffix(suffix), stored.count > prefix.count + suffix.count else { return nil }
            return Int(stored.dropFirst(prefix.count).dropLast(suffix.count))
        }
        if let version = number(between: "Entwurf aus Version ", and: " angelegt.") {
            self = .draftCreated(fromVersion: version)
        } else if let version = number(between: "Als Version ", and: " veröffentlicht.") {
            self = .published(version: version)
        } else if let revision = number(between: "Freigegeben (Stand ", and: ").") {
            self = .approved(revision: revision)
        } else if stored.hasPrefix("Anmerkung als erledigt markiert: „"), stored.hasSuffix("“") {
            self = .commentResolved(String(stored.dropFirst("Anmerkung als erledigt markiert: „".count).dropLast()))
        } else {
            self =
                switch stored {
                case Self.sentToReview.stored: .sentToReview
                case Self.changedAfterApproval.stored: .changedAfterApproval
                case Self.changesRequested.stored: .changesRequested
                default: .other(stored)
                }
        }
    }
}
