/// The human reference of a submission (Vorgangsnummer), e.g. `BRU-2026-K7QM-4XD2`: service prefix,
/// year, eight random characters in two groups. Random rather than counted, so nobody can guess other
/// people's references or read off how many applications a service gets. The alphabet leaves out
/// I, L, O and U so references survive being read aloud on the phone.
public struct Reference: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// Accepts well-formed references only; lower case is normalised. Checked byte by byte: lists
    /// of references parse fifty of these per page.
    public init?(_ text: String) {
        var bytes = Array(text.utf8)
        guard (17...21).contains(bytes.count) else { return nil }
        for index in bytes.indices where bytes[index] >= UInt8(ascii: "a") && bytes[index] <= UInt8(ascii: "z") {
            bytes[index] -= 32
        }
        let dashes = bytes.indices.filter { bytes[$0] == UInt8(ascii: "-") }
        guard dashes.count == 3 else { return nil }
        let prefix = bytes[0..<dashes[0]]
        let year = bytes[(dashes[0] + 1)..<dashes[1]]
        let first = bytes[(dashes[1] + 1)..<dashes[2]]
        let second = bytes[(dashes[2] + 1)...]
        guard (2...6).contains(prefix.count), prefix.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
            year.count == 4, year.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            first.count == 4, second.count == 4, (first + second).allSatisfy({ Reference.alphabetBytes.contains($0) })
        else { return nil }
        self.rawValue = String(decoding: bytes, as: UTF8.self)
    }

    static let alphabetBytes = Set(alphabet.map { $0.asciiValue! })

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
        // A prefix an editor got wrong must not stop filing: fall back to the portal's own.
        let letters = prefix.uppercased().filter { $0.isASCII && $0.isLetter }
        let prefix = (2...6).contains(letters.count) ? letters : "SP"
        let year = (1000...9999).contains(year) ? year : 2000
        let characters = (0..<8).reversed().map { index in alphabet[Int((bits >> (UInt64(index) * 5)) & 31)] }
        let text = "\(prefix)-\(year)-\(String(characters[0..<4]))-\(String(characters[4..<8]))"
        return Reference(text)!
    }

    public var description: String { rawValue }
}
