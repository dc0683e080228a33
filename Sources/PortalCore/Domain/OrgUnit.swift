/// A Fachdienst or Amt: it owns services and processes their cases.
public struct OrgUnit: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<OrgUnit>

    public var id: ID
    /// Short stable name used on the command line and in URLs (`untere-wasserbehoerde`).
    public var slug: String
    public var name: String
    /// Whether its services' drafts need the department's approval before publishing.
    public var requiresApproval: Bool

    public init(id: ID, slug: String, name: String, requiresApproval: Bool = true) {
        self.id = id
        self.slug = slug
        self.name = name
        self.requiresApproval = requiresApproval
    }
}
