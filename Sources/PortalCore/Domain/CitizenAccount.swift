import Foundation

/// A citizen's account (Bürgerkonto): signs in with a verified e-mail address and a password,
/// and finds their applications under "Meine Anträge".
public struct CitizenAccount: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<CitizenAccount>

    public var id: ID
    /// Stored lower-case; unique.
    public var email: String
    /// nil until the address is confirmed through the mailed link; an unconfirmed account cannot sign in.
    public var verifiedAt: Date?
    /// bcrypt; empty for an account made by signing in at an identity provider, until a password is set.
    public var passwordHash: String
    public var createdAt: Date
    public var profile: CitizenProfile
    /// What the account holder registered in; mails to them are written in it.
    public var language: Language
    /// The highest level an identity provider has vouched for this account's holder; `.basic`
    /// for an account that only ever signed in with its password.
    public var trustLevel: TrustLevel

    public init(
        id: ID, email: String, verifiedAt: Date? = nil, passwordHash: String, createdAt: Date, profile: CitizenProfile = CitizenProfile(),
        language: Language = .german, trustLevel: TrustLevel = .basic
    ) {
        self.trustLevel = trustLevel
        self.language = language
        self.profile = profile
        self.id = id
        self.email = email.lowercased()
        self.verifiedAt = verifiedAt
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }

    public var hasPassword: Bool { !passwordHash.isEmpty }

    /// Why a new password is refused (the page says it in the reader's language).
    public enum PasswordProblem: Hashable, Sendable {
        case tooShort
        case tooLong
        case containsEmail
        case tooCommon
    }

    /// What a new password must be (BSI and NIST: length over complexity, no known passwords).
    /// Nil when the password is fine.
    public static func passwordProblem(_ password: String, email: String) -> PasswordProblem? {
        if password.count < 10 { return .tooShort }
        if password.utf8.count > 72 { return .tooLong }
        let lowered = password.lowercased()
        let localPart = email.lowercased().split(separator: "@").first.map(String.init) ?? ""
        if lowered.contains(email.lowercased()) || (localPart.count >= 4 && lowered.contains(localPart)) {
            return .containsEmail
        }
        if Set(password).count < 4 || knownPasswords.contains(lowered) {
            return .tooCommon
        }
        return nil
    }

    /// A small list of the passwords most often found in leaks (German and international).
    static let knownPasswords: Set<String> = [
        "1234567890", "12345678910", "0123456789", "passwort123", "passwort1234", "password123", "password1234", "qwertzuiop",
        "qwertyuiop", "hallo12345", "hallohallo", "schatz1234", "sommer2026", "winter2026", "fussball123", "1q2w3e4r5t",
        "ichliebedich", "iloveyou123", "abcdefghij", "asdfghjkl1", "0987654321", "1111111111", "geheim1234", "willkommen1",
    ]
}
