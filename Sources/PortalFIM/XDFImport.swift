import PortalCore

/// A Stammdatenschema turned into a form: what `serviceportal xdf import` stores as a draft.
public struct XDFImport: Sendable {
    public var standard: XDFSummary.Standard
    public var id: String
    public var version: String?
    /// The citizen-facing title (`bezeichnung`), else the name.
    public var title: String
    public var schema: FormSchema
    /// Rules in prose, kept for the editor: they are not evaluated.
    public var notes: [String]
    public var warnings: [String]
    /// Imported elements: fields (every occurrence) and groups.
    public var fields: Int
    public var groups: Int
}
