import Foundation

/// A mail as it travels over SMTP (RFC 5322 with MIME): headers, with non-ASCII words encoded
/// (RFC 2047), and a plain-text part beside an HTML part made from the same text, both UTF-8 and
/// base64, every line ending in CRLF. HTML is built from escaped text only, so nothing a mail
/// quotes can become markup.
public enum MailMessage {
    public static func render(_ mail: Mail, from: String, fromName: String?, date: Date, messageID: String, boundary: String) -> String {
        var headers: [String] = []
        headers.append("From: " + (fromName.map { "\(encodedWord($0)) <\(from)>" } ?? from))
        headers.append("To: \(mail.to)")
        headers.append("Subject: \(encodedWord(mail.subject))")
        headers.append("Date: \(rfc5322Date(date))")
        headers.append("Message-ID: <\(messageID)>")
        headers.append("MIME-Version: 1.0")
        let parts = [
            part("text/plain; charset=utf-8", mail.body),
            part("text/html; charset=utf-8", html(mail.body, title: mail.subject)),
        ]
        var alternative: [String] = []
        for part in parts { alternative += ["--\(boundary)"] + part }
        alternative.append("--\(boundary)--")
        guard !mail.attachments.isEmpty else {
            headers.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
            return (headers + [""] + alternative).joined(separator: "\r\n") + "\r\n"
        }
        // Text and files side by side: multipart/mixed around the two readable versions (RFC 2046 5.1.3).
        let outer = "mixed-" + boundary
        headers.append("Content-Type: multipart/mixed; boundary=\"\(outer)\"")
        var lines = headers + ["", "--\(outer)", "Content-Type: multipart/alternative; boundary=\"\(boundary)\"", ""] + alternative
        for attachment in mail.attachments {
            let name = safeFileName(attachment.name)
            let encoded = attachment.data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
            lines += [
                "--\(outer)", "Content-Type: \(attachment.mediaType); name=\"\(name)\"", "Content-Transfer-Encoding: base64",
                "Content-Disposition: attachment; filename=\"\(name)\"", "",
            ]
            lines += encoded.components(separatedBy: "\r\n")
        }
        lines.append("--\(outer)--")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The name as a header may carry it: umlauts spelled out, anything else outside plain ASCII
    /// letters, digits, `.`, `-` and `_` becomes `_` (no quotes or line breaks into the header).
    static func safeFileName(_ name: String) -> String {
        let spelled = name.replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ö", with: "oe").replacingOccurrences(of: "ü", with: "ue")
            .replacingOccurrences(of: "Ä", with: "Ae").replacingOccurrences(of: "Ö", with: "Oe").replacingOccurrences(of: "Ü", with: "Ue")
            .replacingOccurrences(of: "ß", with: "ss")
        let cleaned = String(
            spelled.unicodeScalars.prefix(100).map { scalar -> Character in
                let allowed = (scalar.isASCII && CharacterSet.alphanumerics.contains(scalar)) || scalar == "." || scalar == "-" || scalar == "_"
                return allowed ? Character(scalar) : "_"
            })
        return cleaned.isEmpty ? "anhang" : cleaned
    }

    static func part(_ contentType: String, _ text: String) -> [String] {
        let encoded = Data(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n").utf8)
            .base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return ["Content-Type: \(contentType)", "Content-Transfer-Encoding: base64", ""] + encoded.components(separatedBy: "\r\n")
    }

    /// `Prüfung` → `=?UTF-8?B?UHLDvGZ1bmc=?=`; plain ASCII stays as it is. Line breaks never pass.
    public static func encodedWord(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if flat.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) { return flat }
        // Encoded words stay below 76 characters: at most 45 bytes each, cut between characters.
        var words: [String] = []
        var chunk = ""
        for character in flat {
            if (chunk + String(character)).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    /// Paragraphs at blank lines, line breaks kept, addresses starting with https:// as links.
    static func html(_ text: String, title: String) -> String {
        func escape(_ text: String) -> String { text.markupEscaped }
        let paragraphs = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n").filter {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        let body = paragraphs.map { paragraph -> String in
            let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if (trimmed.hasPrefix("https://") || trimmed.hasPrefix("http://")) && !trimmed.contains(" ") {
                    return "<a href=\"\(escape(trimmed))\">\(escape(trimmed))</a>"
                }
                return escape(String(line))
            }
            return "<p>" + lines.joined(separator: "<br>") + "</p>"
        }
        return "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>\(escape(title))</title></head><body>"
            + body.joined() + "</body></html>"
    }

    /// `Sun, 29 Nov 2026 08:15:00 +0000`.
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
