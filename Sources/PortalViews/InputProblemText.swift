import PortalCore

/// Why the core refuses what someone typed outside a form (a password, the profile, a message,
/// a document request, a sign-language video), per language.
public struct InputProblemText: Sendable {
    public let language: Language
    public let password: @Sendable (CitizenAccount.PasswordProblem) -> String
    public let profile: @Sendable (CitizenProfile.Problem) -> String
    public let message: @Sendable (CaseMessage.Problem) -> String
    public let documentRequest: @Sendable (DocumentRequest.Problem) -> String
    public let video: @Sendable (SignLanguageVideo.Problem) -> String

    public static func `for`(_ language: Language) -> InputProblemText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}

extension CitizenAccount.PasswordProblem {
    public func message(_ language: Language) -> String { InputProblemText.for(language).password(self) }
}

extension CitizenProfile.Problem {
    public func message(_ language: Language) -> String { InputProblemText.for(language).profile(self) }
}

extension CaseMessage.Problem {
    public func message(_ language: Language) -> String { InputProblemText.for(language).message(self) }
}

extension DocumentRequest.Problem {
    public func message(_ language: Language) -> String { InputProblemText.for(language).documentRequest(self) }
}

extension SignLanguageVideo.Problem {
    public func message(_ language: Language) -> String { InputProblemText.for(language).video(self) }
}
