import Foundation

/// Where a service's submissions go in FIT-Connect, and in which form the Fachdaten travel.
public struct FITConnectAddress: Hashable, Sendable {
    public enum Destination: Hashable, Sendable {
        /// A destination (Zustellpunkt) the authority named: a UUID, kept in lower case.
        case id(String)
        /// Looked up in the Routing API with the service's LeiKa key and this regional key
        /// (Amtlicher Regionalschlüssel, 12 digits) when a submission is sent.
        case routing(regionalKey: String)
    }

    public enum DataFormat: String, Hashable, Sendable, CaseIterable {
        /// JSON after a JSON Schema the portal derives from the form (`FachdatenSchema`).
        case json
        /// The portal's `antrag.xml` after `schemas/antrag-1.xsd`.
        case xml

        public var mediaType: String { self == .json ? "application/json" : "application/xml" }
    }

    public var destination: Destination
    public var dataFormat: DataFormat

    public init(destination: Destination, dataFormat: DataFormat = .json) {
        self.destination = destination
        self.dataFormat = dataFormat
    }

    /// How the target column stores it: the destination's UUID, or `ars:` and the regional key.
    public var storedTarget: String {
        switch destination {
        case .id(let id): id
        case .routing(let key): "ars:\(key)"
        }
    }

    public init?(storedTarget: String, dataFormat: String?) {
        let format = dataFormat.flatMap(DataFormat.init(rawValue:)) ?? .json
        if storedTarget.hasPrefix("ars:") {
            self.init(destination: .routing(regionalKey: String(storedTarget.dropFirst(4))), dataFormat: format)
        } else {
            self.init(destination: .id(storedTarget), dataFormat: format)
        }
    }

    /// A destination ID as FIT-Connect writes it (a UUID), normalised to lower case.
    public static func destinationID(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 36, let uuid = UUID(uuidString: trimmed) else { return nil }
        return uuid.uuidString.lowercased()
    }

    /// Amtlicher Regionalschlüssel: 12 digits (a Gemeinde), or its first 2, 5 or 9 (Land, Kreis, Verband).
    public static func isRegionalKey(_ text: String) -> Bool {
        [2, 5, 9, 12].contains(text.count) && text.allSatisfy { $0 >= "0" && $0 <= "9" }
    }

    /// The LeiKa key as a FIT-Connect service identifier.
    public static func serviceIdentifier(leikaKey: String) -> String {
        "urn:de:fim:leika:leistung:\(leikaKey)"
    }
}
