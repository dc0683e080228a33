/// The human reference of a submission (Vorgangsnummer), e.g. `BRU-2026-K7QM-4XD2`: service prefix,
/// year, eight random characters in two groups. Random rather than counted, so nobody can guess other
/// people's references or read off how many applications a service gets. The alphabet leaves out
/// I, L, O and U so references survive being read aloud on the phone.
public struct Reference: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// Accepts well-formed references only; lower case is normalised.
    public init?(_ text: String) {
        let upper = text.uppercased()
        let parts = upper.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 4,
              (2...6).contains(parts[0].count), parts[0].allSatisfy({ $0.isASCII && $0.isLetter }),
              parts[1].count == 4, parts[1].allSatisfy(\.isASCIIDigit),
              parts[2].count == 4, parts[3].count == 4,
              (parts[2] + parts[3]).allSatisfy(Reference.alphabet.contains)
        else { return nil }
        self.rawValue = upper
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let reference = Reference(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a reference: \(text)"))
        }
        self = reference
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The reference for 40 random bits: eight characters of five bits each. The caller supplies the
    /// bits, from the system generator live and from a counter in tests.
    public static func make(prefix: String, year: Int, bits: UInt64) -> Reference {
        let characters = (0..<8).reversed().map { index in alphabet[Int((bits >> (UInt64(index) * 5)) & 31)] }
        let text = "\(prefix)-\(year)-\(String(characters[0..<4]))-\(String(characters[4..<8]))"
        return Reference(text)!
    }

    public var description: String { rawValue }
}
