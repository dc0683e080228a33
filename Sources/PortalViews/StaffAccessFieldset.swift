import PortalCore

/// The roles and org units of a staff account as two groups of checkboxes (invite and edit forms).
public struct StaffAccessFieldset: HTMLComponent {
    public var idPrefix: String
    public var roles: Set<StaffRole>
    public var orgUnits: [(id: String, name: String, isChecked: Bool)]
    public var rolesError: String?
    public var language: Language

    public init(idPrefix: String, roles: Set<StaffRole>, orgUnits: [(id: String, name: String, isChecked: Bool)], rolesError: String?, language: Language) {
        self.idPrefix = idPrefix
        self.roles = roles
        self.orgUnits = orgUnits
        self.rolesError = rolesError
        self.language = language
    }

    public var html: HTML {
        let words = StaffAdminText.for(language)
        let errorID = "\(idPrefix)-rollen-fehler"
        let roleBoxes = StaffRole.allCases.map { role -> HTML in
            Checkbox(
                id: "\(idPrefix)-rolle-\(role.rawValue)", name: "rolle", value: role.rawValue, label: words.role(role), isChecked: roles.contains(role),
                describedBy: rolesError == nil ? nil : errorID, isInvalid: rolesError != nil
            ).html
        }
        let unitBoxes = orgUnits.map { unit -> HTML in
            Checkbox(id: "\(idPrefix)-einheit-\(unit.id)", name: "einheit", value: unit.id, label: unit.name, isChecked: unit.isChecked).html
        }
        let error: HTML = rolesError.map { "<p class=\"error-message\" id=\"\(errorID)\">\($0)</p>" } ?? .empty
        return """
            <fieldset class="\(rolesError == nil ? "field" : "field field-error")" id="\(idPrefix)-rollen">
            <legend>\(words.roles)</legend>
            \(error)
            \(HTML(roleBoxes, separator: "\n"))
            </fieldset>
            <fieldset class="field">
            <legend>\(words.orgUnits)</legend>
            \(HTML(unitBoxes, separator: "\n"))
            </fieldset>
            """
    }
}
