import PortalCore

extension APIText {
    public static let english = APIText(
        language: .english,
        notFound: "The requested resource does not exist.",
        unauthorized: "A valid API key is required (header “Authorization: Bearer …”).",
        callbackRefused:
            "The callback is not authentic: the headers callback-timestamp and callback-authentication (HMAC-SHA512) are missing, wrong or older than five minutes.",
        missingScope: "This API key may not do that. The portal administration decides what a key may do.",
        invalidAnswers: "The answers are incomplete or incorrect.",
        internalError: "An internal error occurred. Please try again later.",
        serviceNotFound: "This service does not exist or cannot be applied for online.",
        notJSON: "Please send the answers as JSON (Content-Type: application/json).",
        duplicateMember: { "A member occurs more than once in the JSON (character \($0))." },
        nestedTooDeeply: "The JSON is nested too deeply.",
        invalidJSON: "The content is not valid JSON in UTF-8.",
        expectedAnswersObject: "Expected a JSON object of the form {\"answers\": {…}}.",
        unknownMember: { "The member “\($0)” is unknown; only “answers” is allowed." },
        answersMissing: "“answers” is missing or not a JSON object.",
        tooManyAnswers: { "The request contains too many answers (at most \($0))." },
        invalidCursor: "The parameter “after” is not a valid cursor. Use the value of “next” from the previous page.",
        invalidUndelivered: "The parameter “undelivered” must be true or false.",
        noPullChannel: "No fetching by specialist software is set up for this application's service; there is nothing to acknowledge.",
        invalidStatus: { "“status” must be one of: \($0)." },
        invalidNote: "“note” must be a text.",
        messageTextMissing: "“text” is missing: the message to the applicant.",
        documentsMissing: "“documents” must be a list of texts: the documents requested.",
        invalidDeadline: "“deadline” must be a day written YYYY-MM-DD, e.g. 2026-12-20.",
        invalidOutcome: { "The parameter “outcome” must be one of: \($0)." },
        invalidByPost: "The parameter “byPost” must be true or false.",
        decisionMustBePDF: "Send the decision as a PDF in the request body, with Content-Type: application/pdf.",
        invalidLimit: { "The parameter “limit” must be a whole number from 1 to \($0)." },
        submissionNotFound: "There is no application with this reference for your organisational unit.",
        fileNotFound: "This file belongs to no application of your organisational unit with this reference.",
        trustLevelTooLow: { "This service requires signing in at the trust level “\($0)” or higher; please apply through the portal." },
        tooManyApplications: "Too many applications came from this address in the last hour. Please try again later or send an API key.",
        attachmentMissing: "A file of the application is no longer there.",
        noFreeReference: "No free reference could be assigned. Please try again.",
        paymentRequired: "This service's fee is paid online before filing (payment.policy required); it cannot be filed through the API.",
        status: { code in
            switch code {
            case 400: "The request is malformed."
            case 401: "A valid API key is required (header “Authorization: Bearer …”)."
            case 403: "You have no access to this resource."
            case 404: "The requested address does not exist."
            case 405: "This method is not allowed for this address."
            case 408: "The request took too long."
            case 411: "The length of the request is missing."
            case 413: "The request is too large."
            case 415: "This data format is not supported."
            case 429: "Too many requests. Please wait a moment and try again."
            case 500..<600: "An internal error occurred. Please try again later."
            default: "The request could not be processed."
            }
        }
    )
}
