import PortalCore

/// Texts of the rating form and its page, German first, English second.
public struct FeedbackText: Sendable {
    public let heading: String
    public let serviceHeading: @Sendable (String) -> String
    public let intro: String
    /// The heading above the form on a confirmation page (the legend asks the question).
    public let rateHeading: String
    public let question: String
    public let serviceQuestion: String
    public let stars: @Sendable (Int) -> String
    public let comment: String
    public let commentHint: String
    public let send: String
    public let thanks: String
    public let starsMissing: String
    public let commentTooLong: String
    public let tooMany: String
    public let backToStart: String
    // Staff: moderating comments for the open data.
    public let commentsHeading: String
    public let commentsIntro: String
    public let noComments: String
    public let state: @Sendable (Rating.Comment.State) -> String
    public let publish: String
    public let hide: String
    public let portalWide: String
    public let published: String
    public let hidden: String
    public let when: String
    public let about: String
    public let rating: String
    public let commentColumn: String
    public let stateColumn: String

    public static func `for`(_ language: Language) -> FeedbackText {
        switch language {
        case .german: german
        case .english: english
        }
    }

    public func problem(_ problem: Rating.Problem) -> String {
        switch problem {
        case .starsMissing: starsMissing
        case .commentTooLong: commentTooLong
        }
    }
}
