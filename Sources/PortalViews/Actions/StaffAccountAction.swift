/// What an admin does on a staff account's page.
public enum StaffAccountAction: String, FormAction, CaseIterable {
    case save = "speichern"
    case deactivate = "sperren"
    case reactivate = "freigeben"
    case sendPasswordLink = "passwort-link"
    case removeSecondFactor = "zweiter-faktor-zuruecksetzen"
    case unlinkDirectory = "verzeichnis-loesen"

    public var value: String { rawValue }
    public init?(value: String) { self.init(rawValue: value) }
}
