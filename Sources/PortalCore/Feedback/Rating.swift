import Foundation

/// An anonymous rating of a service or of the portal (OZG-Servicestandard 18 and 19): stars and an
/// optional comment, with where it was given. Nothing about the person: no session, no address, no
/// account; the comment is shown to staff and published only when staff publish it.
public struct Rating: Hashable, Sendable {
    /// Where the rating was given.
    public enum Page: String, Hashable, Sendable, CaseIterable {
        /// The confirmation page at the end of an online service.
        case confirmation = "bestaetigung"
        /// A service's page in the catalogue.
        case service = "leistung"
        /// Anywhere else (the footer link of every page).
        case portal
    }

    public var serviceID: Service.ID?
    public var page: Page
    public var stars: Int
    public var comment: String?
    public var givenAt: Date
    /// Staff published the comment (and did not hide it since): it goes into the open data.
    public var isCommentPublished: Bool

    public init(serviceID: Service.ID?, page: Page, stars: Int, comment: String?, givenAt: Date, isCommentPublished: Bool = false) {
        self.serviceID = serviceID
        self.page = page
        self.stars = stars
        self.comment = comment
        self.givenAt = givenAt
        self.isCommentPublished = isCommentPublished
    }

    /// A comment as staff moderate it.
    public struct Comment: Hashable, Sendable {
        public enum State: String, Hashable, Sendable {
            case new, published, hidden
        }

        public var id: Int64
        public var serviceID: Service.ID?
        public var stars: Int
        public var text: String
        public var givenAt: Date
        public var state: State

        public init(id: Int64, serviceID: Service.ID?, stars: Int, text: String, givenAt: Date, state: State) {
            self.id = id
            self.serviceID = serviceID
            self.stars = stars
            self.text = text
            self.givenAt = givenAt
            self.state = state
        }
    }

    public static let starRange = 1...5
    public static let maximumCommentLength = 1000

    /// What was wrong with the form, for the page to say.
    public enum Problem: Error, Hashable, Sendable {
        case starsMissing
        case commentTooLong
    }

    /// Reads the posted values: stars must be one of 1–5; the comment is optional, trimmed, at most
    /// `maximumCommentLength` characters.
    public static func parse(stars text: String?, comment: String?) -> Result<(stars: Int, comment: String?), Problem> {
        guard let text, let stars = Int(text.trimmingCharacters(in: .whitespaces)), starRange.contains(stars) else { return .failure(.starsMissing) }
        let trimmed = comment?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard trimmed.count <= maximumCommentLength else { return .failure(.commentTooLong) }
        return .success((stars, trimmed.isEmpty ? nil : trimmed))
    }
}
