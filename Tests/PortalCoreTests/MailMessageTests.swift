import Foundation
import PortalCore
import Testing

@Suite("Mail as sent over SMTP")
struct MailMessageTests {
    static func decodedParts(_ message: String) -> [String] {
        // The base64 blocks after each part's empty line, up to the next boundary.
        message.components(separatedBy: "--=_sp_1").dropFirst().compactMap { part in
            guard let start = part.range(of: "\r\n\r\n") else { return nil }
            let encoded = part[start.upperBound...].replacingOccurrences(of: "\r\n", with: "")
            return Data(base64Encoded: encoded).flatMap { String(data: $0, encoding: .utf8) }
        }
    }

    @Test("Headers are ASCII with encoded words; a text and an HTML part carry the same words, escaped")
    func render() throws {
        let mail = Mail(
            to: "erika@example.de", subject: "Zur Prüfung: Fällgenehmigung <Bäume>",
            body: "Hallo,\n\n<b>bitte</b> prüfen Sie:\nhttps://portal.example/intern/pruefung/baum?a=1&b=2\n.\nEnde")
        let message = MailMessage.render(
            mail, from: "portal@landkreis.example", fromName: "Serviceportal Landkreis Müster",
            date: Date(timeIntervalSince1970: 1_796_000_000), messageID: "1@portal.example", boundary: "=_sp_1")
        #expect(message.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(!message.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        #expect(message.contains("Subject: =?UTF-8?B?"))
        #expect(message.contains("From: =?UTF-8?B?"))
        #expect(message.contains("Date: Mon, 30 Nov 2026 00:53:20 +0000"))
        #expect(message.contains("To: erika@example.de\r\n"))
        let parts = Self.decodedParts(message)
        #expect(parts.count == 2)
        #expect(parts.first == mail.body.replacingOccurrences(of: "\n", with: "\r\n"))
        let html = try #require(parts.last)
        #expect(html.contains("&lt;b&gt;bitte&lt;/b&gt; prüfen Sie:"))
        #expect(html.contains(#"<a href="https://portal.example/intern/pruefung/baum?a=1&amp;b=2">"#))
        #expect(html.contains("<title>Zur Prüfung: Fällgenehmigung &lt;Bäume&gt;</title>"))
    }

    @Test("A mail with a file is multipart/mixed: the two text parts, then the file in base64 under a safe name")
    func attachment() throws {
        let pdf = Data(("%PDF-1.4\n" + String(repeating: "Inhalt ", count: 40) + "\n%%EOF\n").utf8)
        let mail = Mail(
            to: "wasser@landkreis.example", subject: "Neuer Antrag", body: "Siehe Anhang.",
            attachments: [.init(name: "Eingangsbestätigung \"BRU\"\r\nBcc: x.pdf", mediaType: "application/pdf", data: pdf)])
        let message = MailMessage.render(
            mail, from: "portal@landkreis.example", fromName: nil, date: Date(timeIntervalSince1970: 1_796_000_000), messageID: "2@portal.example",
            boundary: "=_sp_1")
        #expect(message.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(message.contains("Content-Type: multipart/mixed; boundary=\"mixed-=_sp_1\"\r\n"))
        #expect(message.contains("\r\n--mixed-=_sp_1\r\nContent-Type: multipart/alternative; boundary=\"=_sp_1\"\r\n"))
        let disposition = #"Content-Disposition: attachment; filename="Eingangsbestaetigung__BRU___Bcc__x.pdf""#
        #expect(message.contains(disposition), "no quote or line break reaches the header")
        #expect(message.hasSuffix("--mixed-=_sp_1--\r\n"))
        let file = try #require(message.components(separatedBy: disposition + "\r\n\r\n").last?.components(separatedBy: "\r\n--mixed-=_sp_1--").first)
        #expect(Data(base64Encoded: file.replacingOccurrences(of: "\r\n", with: "")) == pdf)
        #expect(file.components(separatedBy: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(
            MailMessage.render(Mail(to: "a@b.de", subject: "s", body: "b"), from: "p@q.de", fromName: nil, date: Date(), messageID: "3", boundary: "x")
                .contains("Content-Type: multipart/alternative; boundary=\"x\""), "without files as before")
    }

    @Test("Long subjects become several encoded words; line breaks cannot start a new header")
    func encodedWords() {
        let long = MailMessage.encodedWord(String(repeating: "Änderungen erbeten: ", count: 5))
        #expect(long.components(separatedBy: "\r\n ").count > 1)
        #expect(long.components(separatedBy: "\r\n ").allSatisfy { $0.count <= 75 })
        #expect(MailMessage.encodedWord("Eins\r\nBcc: x@y.z") == "Eins  Bcc: x@y.z")
        #expect(MailMessage.encodedWord("Plain") == "Plain")
    }
}
