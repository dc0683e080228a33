import Foundation

/// A German postal address as one answer: street, house number, optional addition, PLZ and town.
public struct PostalAddress: Hashable, Sendable, Codable {
    public var street: String
    public var houseNumber: String
    public var addition: String?
    public var postalCode: String
    public var city: String

    public init(street: String, houseNumber: String, addition: String? = nil, postalCode: String, city: String) {
        self.street = street
        self.houseNumber = houseNumber
        self.addition = addition
        self.postalCode = postalCode
        self.city = city
    }

    /// The parts of the address block; also the names of its inputs and JSON members.
    public enum Part: String, Hashable, Sendable, CaseIterable {
        case street, houseNumber, addition, postalCode, city
    }

    /// German PLZ: five digits, the first two a real postal region (01–99).
    public static func isPostalCode(_ text: String) -> Bool {
        text.utf8.count == 5 && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && !text.hasPrefix("00")
    }

    /// Builds an address from its parts as entered: nil when every part is empty.
    public static func parse(_ parts: [Part: String]) -> Result<PostalAddress?, ValidationProblem> {
        var clean: [Part: String] = [:]
        for part in Part.allCases {
            let text = (parts[part] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return .failure(.controlCharacters) }
            if text.count > 200 { return .failure(.tooLong(200)) }
            if !text.isEmpty { clean[part] = text.precomposedStringWithCanonicalMapping }
        }
        if clean.isEmpty { return .success(nil) }
        for part in [Part.street, .houseNumber, .postalCode, .city] where clean[part] == nil {
            return .failure(.addressIncomplete(part))
        }
        let postalCode = clean[.postalCode]!.replacingOccurrences(of: " ", with: "")
        guard isPostalCode(postalCode) else { return .failure(.invalidPostalCode) }
        return .success(
            PostalAddress(street: clean[.street]!, houseNumber: clean[.houseNumber]!, addition: clean[.addition], postalCode: postalCode, city: clean[.city]!))
    }

    /// The address block as it is written on an envelope.
    public var lines: [String] {
        ["\(street) \(houseNumber)".trimmingCharacters(in: .whitespaces), addition, "\(postalCode) \(city)"].compactMap { $0 }
    }

    public var json: JSONValue {
        var members = [JSONValue.Member("street", .string(street)), .init("houseNumber", .string(houseNumber))]
        if let addition { members.append(.init("addition", .string(addition))) }
        members += [.init("postalCode", .string(postalCode)), .init("city", .string(city))]
        return .object(members)
    }
}
