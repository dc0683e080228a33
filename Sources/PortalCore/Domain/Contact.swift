import Foundation

/// Who applicants can ask about a service (SDG Art. 10 contact details).
public struct Contact: Hashable, Sendable, Codable {
    public var name: String
    public var phone: String?
    public var email: String?
    public var address: String?
    public var openingHours: String?

    public init(name: String, phone: String? = nil, email: String? = nil, address: String? = nil, openingHours: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
        self.address = address
        self.openingHours = openingHours
    }

    /// A `tel:` link for a number as people write it ("04321 000-300", "+49 4321 000-300"): the
    /// digits with a leading plus, German trunk prefix turned into +49 (RFC 3966 global number).
    public static func telephoneURI(_ number: String) -> String {
        let digits = number.filter { $0.isASCII && $0.isNumber }
        if number.trimmingCharacters(in: .whitespaces).hasPrefix("+") { return "tel:+" + digits }
        if digits.hasPrefix("00") { return "tel:+" + digits.dropFirst(2) }
        if digits.hasPrefix("0") { return "tel:+49" + digits.dropFirst() }
        return "tel:" + digits
    }
}
