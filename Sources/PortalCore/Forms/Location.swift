import Foundation

/// Where something is: a postal address, coordinates (WGS 84, decimal degrees), or both. A map
/// may help to pick the coordinates, but typing either is always enough.
public struct Location: Hashable, Sendable, Codable {
    public var address: PostalAddress?
    public var coordinates: Coordinates?

    public init(address: PostalAddress? = nil, coordinates: Coordinates? = nil) {
        self.address = address
        self.coordinates = coordinates
    }

    public struct Coordinates: Hashable, Sendable, Codable {
        public var latitude: Decimal
        public var longitude: Decimal

        public init(latitude: Decimal, longitude: Decimal) {
            self.latitude = latitude
            self.longitude = longitude
        }

        /// A box around Germany: a municipal portal asks about places within the country, and a
        /// swapped latitude/longitude pair falls outside it.
        public var isInGermany: Bool {
            (Decimal(47.2)...Decimal(55.1)).contains(latitude) && (Decimal(5.8)...Decimal(15.1)).contains(longitude)
        }

        /// Parses two numbers as entered (`54,3233` or `54.3233`): nil when both are empty.
        public static func parse(latitude: String, longitude: String) -> Result<Coordinates?, ValidationProblem> {
            let first = latitude.trimmingCharacters(in: .whitespaces)
            let second = longitude.trimmingCharacters(in: .whitespaces)
            if first.isEmpty && second.isEmpty { return .success(nil) }
            guard let lat = Decimal(string: first.replacingOccurrences(of: ",", with: "."), locale: Locale(identifier: "en_US_POSIX")),
                let lon = Decimal(string: second.replacingOccurrences(of: ",", with: "."), locale: Locale(identifier: "en_US_POSIX")),
                first.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == "-" }),
                second.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == "-" })
            else { return .failure(.invalidCoordinates) }
            let coordinates = Coordinates(latitude: lat, longitude: lon)
            return coordinates.isInGermany ? .success(coordinates) : .failure(.outsideGermany)
        }

        /// `54,3233° N, 10,1228° O`
        public var german: String {
            "\(GermanFormat.number(latitude))° N, \(GermanFormat.number(longitude))° O"
        }
    }

    public var json: JSONValue {
        var members: [JSONValue.Member] = []
        if let address { members.append(.init("address", address.json)) }
        if let coordinates {
            members.append(.init("latitude", .number(coordinates.latitude)))
            members.append(.init("longitude", .number(coordinates.longitude)))
        }
        return .object(members)
    }
}
