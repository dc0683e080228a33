/// International bank account numbers: normalised to upper case without spaces, checked by the
/// ISO 13616 mod-97 checksum and, for German accounts, by their length of 22.
public enum IBAN {
    public static func normalized(_ text: String) -> String {
        String(text.uppercased().filter { !$0.isWhitespace })
    }

    public static func isValid(_ text: String) -> Bool {
        let iban = normalized(text)
        guard (15...34).contains(iban.count), iban.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
            iban.prefix(2).allSatisfy(\.isLetter), iban.dropFirst(2).prefix(2).allSatisfy(\.isNumber)
        else { return false }
        if iban.hasPrefix("DE") && iban.count != 22 { return false }
        let rearranged = iban.dropFirst(4) + iban.prefix(4)
        var remainder = 0
        for character in rearranged {
            let value = character.isNumber ? Int(String(character))! : Int(character.asciiValue! - 55)
            for digit in String(value) {
                remainder = (remainder * 10 + Int(String(digit))!) % 97
            }
        }
        return remainder == 1
    }

    /// `DE89 3704 0044 0532 0130 00`, as people read it.
    public static func grouped(_ text: String) -> String {
        let iban = Array(normalized(text))
        return stride(from: 0, to: iban.count, by: 4).map { String(iban[$0..<min($0 + 4, iban.count)]) }.joined(separator: " ")
    }
}
