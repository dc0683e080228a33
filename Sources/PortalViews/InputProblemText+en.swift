import Foundation
import PortalCore

extension InputProblemText {
    static let english = InputProblemText(
        language: .english,
        password: {
            switch $0 {
            case .tooShort: "The password must be at least 10 characters long. A sentence of several words is easy to remember."
            case .tooLong: "The password may be at most 72 bytes long (about 70 characters)."
            case .containsEmail: "The password must not contain your e-mail address."
            case .tooCommon: "This password is too easy to guess. Please choose another."
            }
        },
        profile: {
            switch $0 {
            case .tooLong(.givenName): "The first name may be at most 200 characters long."
            case .tooLong(.familyName): "The last name may be at most 200 characters long."
            case .tooLong(.street): "The street may be at most 200 characters long."
            case .tooLong(.city): "The town may be at most 200 characters long."
            case .tooLong(.phone): "The phone number may be at most 200 characters long."
            case .postalCode: "The postcode has five digits."
            }
        },
        message: {
            switch $0 {
            case .empty: "Please write a message."
            case .tooLong(let max): "The message may be at most \(max.formatted(.number.locale(Locale(identifier: "en_GB")))) characters long."
            }
        },
        documentRequest: {
            switch $0 {
            case .noDocuments: "Please name at least one document, one per line."
            case .tooMany(let max): "At most \(max) documents are possible at once."
            case .documentTooLong(let start): "“\(start)…” is too long (at most 200 characters)."
            case .duplicate: "Each document may be named only once."
            case .deadlineMissing: "Please give the deadline as a date (DD.MM.YYYY)."
            case .deadlineNotInFuture: "The deadline must be in the future."
            case .deadlineTooFar: "The deadline may be at most one year in the future."
            }
        },
        video: {
            switch $0 {
            case .titleInvalid: "Please enter a title of at most 200 characters."
            case .transcriptMissing: "Please add the video's content as text; it stands beside the video for everyone who cannot see it."
            case .transcriptTooLong: "The text may be at most 20,000 characters long."
            }
        }
    )
}
