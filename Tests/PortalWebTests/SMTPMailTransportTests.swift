import Foundation
import PortalCore
import PortalJobs
import PortalTestSupport
import Testing

@testable import PortalApp

/// Talks to real SMTP servers (aiosmtpd, started by `scripts/test`): one plain, one with STARTTLS
/// and a self-signed certificate; both write what they receive into a Maildir.
@Suite("SMTP adapter")
struct SMTPMailTransportTests {
    struct Server {
        var host: String
        var port: Int
        var maildir: URL
    }

    static func server(_ variable: String) -> Server? {
        let environment = ProcessInfo.processInfo.environment
        guard let address = environment[variable], let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]),
            let maildir = environment[variable + "_MAILDIR"]
        else {
            Issue.record("\(variable) and \(variable)_MAILDIR are not set (an aiosmtpd with a Maildir); scripts/test starts one.")
            return nil
        }
        return Server(host: String(address[..<colon]), port: port, maildir: URL(fileURLWithPath: maildir))
    }

    /// Waits for the message whose Message-ID names `id` and returns it.
    static func received(_ id: String, in server: Server) async throws -> String? {
        for _ in 0..<50 {
            let folder = server.maildir.appendingPathComponent("new")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                if text.contains("Message-ID: <\(id)@") { return text }
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        return nil
    }

    /// The decoded text/plain part of a stored message (Maildir files may use LF line ends).
    static func plainText(_ message: String) -> String? {
        let lines = message.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Content-Type: text/plain") }),
            let blank = lines[start...].firstIndex(of: "")
        else { return nil }
        let encoded = lines[(blank + 1)...].prefix { !$0.hasPrefix("--") }.joined()
        return Data(base64Encoded: encoded).flatMap { String(data: $0, encoding: .utf8) }
    }

    static let mail = Mail(
        to: "erika.mustermann@example.de", subject: "Ihr Antrag: Fällgenehmigung",
        body: "Guten Tag,\n.\nIhr Antrag ist eingegangen.\nhttps://portal.example/antrag?x=1")

    @Test("Plain SMTP: the mail arrives with its encoded subject and its text; a dead server is an error")
    func plain() async throws {
        guard let server = Self.server("SERVICEPORTAL_TEST_SMTP") else { return }
        let transport = SMTPMailTransport(
            settings: .init(host: server.host, port: server.port, security: .none, from: "portal@landkreis.example", fromName: "Serviceportal"))
        let id = UUID().uuidString.lowercased()
        try await transport.deliver(Self.mail, id: id)
        let received = try #require(try await Self.received(id, in: server))
        #expect(received.contains("To: erika.mustermann@example.de"))
        #expect(received.contains("Subject: =?UTF-8?B?"))
        #expect(Self.plainText(received)?.contains("Guten Tag,\r\n.\r\nIhr Antrag ist eingegangen.") == true)
        // With a file attached (the office mail's receipt): the server gets the PDF intact, parsed by Python's mail library.
        let pdf = Data(("%PDF-1.4\n" + String(repeating: "Bescheid Zeile\n", count: 300) + "%%EOF\n").utf8)
        let attachedID = UUID().uuidString.lowercased()
        var withFile = Self.mail
        withFile.attachments = [.init(name: "Eingangsbestaetigung-BRU-2026-K7QM-4XD2.pdf", mediaType: "application/pdf", data: pdf)]
        try await transport.deliver(withFile, id: attachedID)
        let stored = try #require(try await Self.received(attachedID, in: server))
        #expect(stored.contains("Content-Type: multipart/mixed;"))
        let parsed = try Self.pythonAttachment(stored)
        #expect(parsed?.name == "Eingangsbestaetigung-BRU-2026-K7QM-4XD2.pdf" && parsed?.data == pdf)
        let dead = SMTPMailTransport(settings: .init(host: "127.0.0.1", port: 1, security: .none, from: "portal@landkreis.example"))
        await #expect(throws: (any Error).self) { try await dead.deliver(Self.mail, id: "x") }
    }

    /// The first attachment as Python's standard `email` package reads it: a real MIME parser, not ours.
    static func pythonAttachment(_ message: String) throws -> (name: String, data: Data)? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString).eml")
        try Data(message.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            "-c",
            """
            import email, email.policy, sys, base64
            m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
            for part in m.iter_attachments():
                print(part.get_filename()); print(base64.b64encode(part.get_content()).decode()); break
            """,
            file.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        guard lines.count == 2, let data = Data(base64Encoded: String(lines[1])) else { return nil }
        return (String(lines[0]), data)
    }

    @Test("Dot-stuffing doubles a leading dot on every line; SNI gets names, never addresses; EHLO writes addresses in brackets")
    func lineRules() {
        #expect(SMTPMailTransport.dotStuffed("a\r\n.\r\n..b\r\nc.") == "a\r\n..\r\n...b\r\nc.")
        #expect(SMTPMailTransport.serverName("mail.landkreis.de") == "mail.landkreis.de")
        #expect(SMTPMailTransport.serverName("192.0.2.7") == nil && SMTPMailTransport.serverName("2001:db8::1") == nil)
        #expect(AppConfiguration.ehloName("service.landkreis.de") == "service.landkreis.de")
        #expect(AppConfiguration.ehloName("127.0.0.1") == "[127.0.0.1]" && AppConfiguration.ehloName("2001:db8::1") == "[IPv6:2001:db8::1]")
    }

    @Test("STARTTLS: delivered when the certificate is trusted, refused when it is not")
    func startTLS() async throws {
        guard let server = Self.server("SERVICEPORTAL_TEST_SMTP_STARTTLS") else { return }
        let certificate = ProcessInfo.processInfo.environment["SERVICEPORTAL_TEST_SMTP_STARTTLS_CA"]
        let trusting = SMTPMailTransport(
            settings: .init(
                host: server.host, port: server.port, security: .startTLS, from: "portal@landkreis.example",
                trustedCertificates: certificate))
        let id = UUID().uuidString.lowercased()
        try await trusting.deliver(Self.mail, id: id)
        #expect(try await Self.received(id, in: server) != nil)
        let doubting = SMTPMailTransport(settings: .init(host: server.host, port: server.port, security: .startTLS, from: "portal@landkreis.example"))
        await #expect(throws: (any Error).self) { try await doubting.deliver(Self.mail, id: "y") }
    }

    @Test("A queued mail is delivered by its job, once; the action that queued it never waited for the server")
    func queued() async throws {
        guard let server = Self.server("SERVICEPORTAL_TEST_SMTP") else { return }
        try await TestPortal.with { test in
            let sender = OutboxMailSender(outbox: test.portal.outbox, ids: test.ids.generator, now: test.now)
            try await sender.send(Self.mail)
            let jobs = try await test.portal.jobs.claim(limit: 10, worker: "test", now: test.now(), lease: 60)
            let job = try #require(jobs.first { $0.kind == .sendMail })
            let transport = SMTPMailTransport(settings: .init(host: server.host, port: server.port, security: .none, from: "portal@landkreis.example"))
            let handler = MailDeliveryHandler(outbox: test.portal.outbox, transport: transport, now: test.now)
            try await handler.run(job)
            #expect(try await Self.received(job.payload, in: server) != nil)
            #expect(try await test.portal.outbox.mail(id: job.payload)?.sentAt != nil)
            // Running the job again (at-least-once) sends nothing more.
            let broken = SMTPMailTransport(settings: .init(host: "127.0.0.1", port: 1, security: .none, from: "portal@landkreis.example"))
            try await MailDeliveryHandler(outbox: test.portal.outbox, transport: broken, now: test.now).run(job)
        }
    }
}
