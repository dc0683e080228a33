/// A Fachdienst or Amt: it owns services and processes their cases. Units form a tree
/// (Landkreis → Fachbereich → Sachgebiet) through `parentID`.
public struct OrgUnit: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<OrgUnit>

    public var id: ID
    /// Short stable name used on the command line and in URLs (`untere-wasserbehoerde`).
    public var slug: String
    public var name: String
    /// Whether its services' drafts need the department's approval before publishing.
    public var requiresApproval: Bool
    /// The unit above it; nil at the top.
    public var parentID: ID?
    /// The unit's shared address („Funktionspostfach“): notices about cases nobody has taken go there.
    public var mailbox: String?

    public init(id: ID, slug: String, name: String, requiresApproval: Bool = true, parentID: ID? = nil, mailbox: String? = nil) {
        self.id = id
        self.slug = slug
        self.name = name
        self.requiresApproval = requiresApproval
        self.parentID = parentID
        self.mailbox = mailbox
    }
}
