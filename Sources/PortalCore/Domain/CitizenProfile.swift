/// What an account holder keeps for filling in forms (Once-Only): offered in every form by the
/// fields' autocomplete purpose, always editable there.
public struct CitizenProfile: Hashable, Sendable, Codable {
    public var givenName = ""
    public var familyName = ""
    /// Street and house number.
    public var street = ""
    public var postalCode = ""
    public var city = ""
    public var phone = ""

    public init(givenName: String = "", familyName: String = "", street: String = "", postalCode: String = "", city: String = "", phone: String = "") {
        self.givenName = givenName
        self.familyName = familyName
        self.street = street
        self.postalCode = postalCode
        self.city = city
        self.phone = phone
    }

    /// The value for an input with this autocomplete purpose (HTML's tokens), if the profile has one.
    public func value(for autocomplete: String, email: String) -> String? {
        let value: String =
            switch autocomplete {
            case "given-name": givenName
            case "family-name": familyName
            case "name": [givenName, familyName].filter { !$0.isEmpty }.joined(separator: " ")
            case "street-address", "address-line1": street
            case "postal-code": postalCode
            case "address-level2": city
            case "tel": phone
            case "email": email
            default: ""
            }
        return value.isEmpty ? nil : value
    }

    /// The parts of an address block as the profile knows them (`street`, `houseNumber`,
    /// `postalCode`, `city`): "Hauptstraße 5a" is split before its last word when that starts with
    /// a digit. Empty when the profile has no address.
    public var addressParts: [String: String] {
        guard !street.isEmpty || !postalCode.isEmpty || !city.isEmpty else { return [:] }
        var parts: [String: String] = [:]
        let words = street.split(separator: " ")
        if words.count > 1, let last = words.last, last.first?.isNumber == true {
            parts["street"] = words.dropLast().joined(separator: " ")
            parts["houseNumber"] = String(last)
        } else if !street.isEmpty {
            parts["street"] = street
        }
        if !postalCode.isEmpty { parts["postalCode"] = postalCode }
        if !city.isEmpty { parts["city"] = city }
        return parts
    }

    /// Why an entry cannot be kept.
    public enum Problem: Hashable, Sendable {
        public enum Entry: Hashable, Sendable {
            case givenName, familyName, street, city, phone
        }

        case tooLong(Entry)
        case postalCode
    }

    /// The first unusable entry, or nil.
    public var problem: Problem? {
        let entries: [(String, Problem.Entry)] = [
            (givenName, .givenName), (familyName, .familyName), (street, .street), (city, .city), (phone, .phone),
        ]
        for (value, entry) in entries where value.count > 200 {
            return .tooLong(entry)
        }
        if !postalCode.isEmpty && (postalCode.count != 5 || !postalCode.allSatisfy({ $0.isASCII && $0.isNumber })) {
            return .postalCode
        }
        return nil
    }
}
