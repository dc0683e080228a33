import PortalCore

extension FeedbackText {
    public static let english = FeedbackText(
        heading: "Feedback on the service portal",
        serviceHeading: { title in "Feedback on “\(title)”" },
        intro: "Your rating helps us improve the online services. It is anonymous: we store the stars, your comment and the page, not who you are.",
        rateHeading: "Your rating",
        question: "How satisfied are you with the service portal?",
        serviceQuestion: "How satisfied are you with this online service?",
        stars: { count in
            switch count {
            case 1: "1 star – very dissatisfied"
            case 2: "2 stars – dissatisfied"
            case 3: "3 stars – neither"
            case 4: "4 stars – satisfied"
            default: "5 stars – very satisfied"
            }
        },
        comment: "What could we do better? (optional)",
        commentHint: "At most 1,000 characters. Please do not include personal details; for questions about your application use the contact form.",
        send: "Send rating",
        thanks: "Thank you for your feedback.",
        starsMissing: "Please choose a rating from 1 to 5 stars.",
        commentTooLong: "Your comment is too long: at most 1,000 characters.",
        tooMany: "Many ratings came from your connection in the last hour already. Please try again later.",
        backToStart: "Back to the start page",
        commentsHeading: "Comments on ratings",
        commentsIntro:
            "Comments are only visible here. Published comments appear in the open data (satisfaction.json) when the month has enough ratings. Publish nothing that could identify a person.",
        noComments: "There are no comments yet.",
        state: { state in
            switch state {
            case .new: "New"
            case .published: "Published"
            case .hidden: "Hidden"
            }
        },
        publish: "Publish",
        hide: "Hide",
        portalWide: "Service portal in general",
        published: "The comment is published.",
        hidden: "The comment is hidden.",
        when: "Received", about: "About", rating: "Rating", commentColumn: "Comment", stateColumn: "State"
    )
}
