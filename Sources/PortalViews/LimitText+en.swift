import PortalCore

extension LimitText {
    public static let english = LimitText(
        tooManyFailures: "There were too many unsuccessful attempts from your connection. Please wait 15 minutes and try again.",
        waitBeforeRetry: { "There were several unsuccessful attempts with these details. Please wait \($0) seconds and try again." },
        tooManyMails: "Many emails were requested from your connection or to this address in a short time. Please try again in an hour.",
        tooManySubmissions: "Very many applications were filed from your connection in the last hour. Please try again later. Your answers are kept.",
        resumeNotMailed: "The link was not emailed again because it was sent a short while ago or this address received many emails. Please note the link.",
        acknowledgementNotMailed:
            "This email address received many messages in a short time, so the acknowledgement was not sent; please note the reference and access code."
    )
}
