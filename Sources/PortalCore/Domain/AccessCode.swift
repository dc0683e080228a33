/// The code that lets an applicant without an account follow their case: 12 characters of the
/// reference alphabet (60 bits), shown once on the confirmation page and mailed with the
/// reference; only its hash is stored. Typed codes are read leniently (spaces, dashes, lower case,
/// O for 0, I and L for 1).
public struct AccessCode: Hashable, Sendable, CustomStringConvertible {
    /// The 12 characters without dashes.
    public let value: String

    static let alphabet = Reference.alphabet

    /// From 12 random bytes (only the low 5 bits of each are used).
    public init(randomBytes: [UInt8]) {
        precondition(randomBytes.count >= 12)
        value = String(randomBytes.prefix(12).map { Self.alphabet[Int($0 & 0x1F)] })
    }

    /// What an applicant typed, or nil when it cannot be a code.
    public init?(typed: String) {
        var characters: [Character] = []
        for character in typed.uppercased() where character != " " && character != "-" {
            switch character {
            case "O": characters.append("0")
            case "I", "L": characters.append("1")
            default:
                guard Self.alphabet.contains(character) else { return nil }
                characters.append(character)
            }
        }
        guard characters.count == 12 else { return nil }
        value = String(characters)
    }

    /// `K7QM-4XD2-9ABC`, as shown and mailed.
    public var description: String {
        let characters = Array(value)
        return [String(characters[0..<4]), String(characters[4..<8]), String(characters[8..<12])].joined(separator: "-")
    }
}
