/// How surely an applicant's identity is known (Vertrauensniveau, the eIDAS levels of assurance
/// as the OZG and BundID use them). A service can require a minimum for filing.
public enum TrustLevel: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// An e-mail address and a password (Basisregistrierung): nothing about the person is proven.
    case basic = "basis"
    /// For example an ELSTER certificate.
    case substantial = "substanziell"
    /// The online function of the ID card (eID).
    case high = "hoch"

    private var rank: Int {
        switch self {
        case .basic: 0
        case .substantial: 1
        case .high: 2
        }
    }

    public static func < (lhs: TrustLevel, rhs: TrustLevel) -> Bool { lhs.rank < rhs.rank }

    /// The level an identity provider states in its authentication context (`acr` in OpenID
    /// Connect): the eIDAS URIs and the STORK QAA levels BundID uses. Unknown values give nil.
    public init?(authenticationContext value: String) {
        switch value.trimmingCharacters(in: .whitespaces).lowercased() {
        case "http://eidas.europa.eu/loa/low", "stork-qaa-level-1", "stork-qaa-level-2", "basis", "low", "basic": self = .basic
        case "http://eidas.europa.eu/loa/substantial", "stork-qaa-level-3", "substanziell", "substantial": self = .substantial
        case "http://eidas.europa.eu/loa/high", "stork-qaa-level-4", "hoch", "high": self = .high
        default: return nil
        }
    }
}
