/// The purpose (Verwendungszweck) a payment platform passes to the bank: at most 27 characters of
/// `A–Z a–z 0–9`, space and hyphen (XBezahldienste). German letters are written out (ä → ae, ß → ss),
/// every other character becomes a space, runs of spaces become one, and the text is cut at 27.
public enum PaymentPurpose {
    public static let maximumLength = 27

    public static func text(_ raw: String) -> String {
        var output = ""
        for character in raw {
            let replacement: String
            switch character {
            case "ä": replacement = "ae"
            case "ö": replacement = "oe"
            case "ü": replacement = "ue"
            case "Ä": replacement = "Ae"
            case "Ö": replacement = "Oe"
            case "Ü": replacement = "Ue"
            case "ß": replacement = "ss"
            case "ẞ": replacement = "SS"
            default:
                replacement = character.isASCII && (character.isLetter || character.isNumber || character == "-") ? String(character) : " "
            }
            for piece in replacement where !(piece == " " && (output.isEmpty || output.hasSuffix(" "))) {
                output.append(piece)
            }
        }
        let cut = String(output.prefix(maximumLength))
        return cut.hasSuffix(" ") ? String(cut.dropLast()) : cut
    }

    /// Whether `text` may be sent as it is.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.count <= maximumLength
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " " || $0 == "-") }
    }

    /// The purpose from a service's template: `{aktenzeichen}` becomes the reference, `{leistung}` the
    /// service's name; the reference comes first when the template has no place for it, so the Kasse
    /// can always match the payment.
    public static func text(template: String, reference: String, service: String) -> String {
        let filled = template.replacingOccurrences(of: "{aktenzeichen}", with: reference).replacingOccurrences(of: "{leistung}", with: service)
        return text(template.contains("{aktenzeichen}") ? filled : reference + " " + filled)
    }
}
