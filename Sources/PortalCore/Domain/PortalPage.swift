import Foundation

/// A portal-wide page the admins write: imprint, portal privacy statement, accessibility statement.
/// The body is plain text with a small Markdown subset (`## ` headings, `- ` lists, blank lines).
public struct PortalPage: Hashable, Sendable {
    public var slug: String
    public var title: String
    public var body: String
    public var updatedAt: Date

    public init(slug: String, title: String, body: String, updatedAt: Date) {
        self.slug = slug
        self.title = title
        self.body = body
        self.updatedAt = updatedAt
    }
}
