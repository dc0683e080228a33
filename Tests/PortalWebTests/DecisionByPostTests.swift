import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PortalApp
import PortalCore
import PortalJobs
import PortalTestSupport
import PortalWeb
import Testing

@Suite("Decisions through the staff API and by post through the print service")
struct DecisionByPostTests {
    static let pdf = Data("%PDF-1.4\n1 0 obj << /Type /Pages /Count 1 >> endobj\n2 0 obj << /Type /Page /Parent 1 0 R >> endobj\n%%EOF\n".utf8)

    /// Files the Brunnenbohrung through the API and moves it to "in progress"; returns its reference.
    static func fileInProgress(_ client: some TestClientProtocol) async throws -> String {
        try await fileInProgressWithCode(client).reference
    }

    /// The same, with the access code the applicant follows the case with.
    static func fileInProgressWithCode(_ client: some TestClientProtocol) async throws -> (reference: String, code: String) {
        let filed = try await client.postJSON(Paths.submissions, WellDrillingAnswers.body(WellDrillingAnswers.valid()))
        guard case .string(let reference)? = filed.json?["reference"], case .string(let code)? = filed.json?["accessCode"] else {
            throw TestFailure("not filed: \(filed.text)")
        }
        let moved = try await client.execute(
            uri: "/api/v1/submissions/\(reference)/status", method: .post,
            headers: [.authorization: "Bearer \(TestPortal.waterKey)", .contentType: "application/json"], body: ByteBuffer(string: #"{"status":"inProgress"}"#))
        guard moved.status == .ok else { throw TestFailure("not moved: \(moved.text)") }
        return (reference, code)
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func deliver(
        _ client: some TestClientProtocol, _ reference: String, query: String, body: Data = pdf, contentType: String = "application/pdf",
        key: String = TestPortal.waterKey, disposition: String? = #"attachment; filename="Bescheid Müller.pdf""#
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.authorization: "Bearer \(key)", .contentType: contentType]
        if let disposition { headers[.contentDisposition] = disposition }
        return try await client.execute(
            uri: "/api/v1/submissions/\(reference)/decision\(query)", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    @Test("The Fachverfahren delivers the decision PDF: checked like on the case page, refused with a reason, delivered once, and the applicant is told")
    func apiDecision() async throws {
        try await TestPortal.with { test in
            let readOnly = try await test.addReadOnlyWaterKey()
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                let (reference, code) = try await Self.fileInProgressWithCode(client)
                #expect(try await Self.deliver(client, reference, query: "?outcome=granted", key: readOnly).status == .forbidden)
                #expect(try await Self.deliver(client, reference, query: "?outcome=granted", key: TestPortal.publicOrderKey).status == .notFound)
                let json = try await Self.deliver(client, reference, query: "?outcome=granted", contentType: "application/json")
                #expect(json.status == .unsupportedMediaType && json.message?.contains("application/pdf") == true)
                let noOutcome = try await Self.deliver(client, reference, query: "")
                #expect(noOutcome.status == .unprocessableContent && noOutcome.message?.contains("granted, partlyGranted, refused") == true)
                #expect(try await Self.deliver(client, reference, query: "?outcome=granted&byPost=vielleicht").status == .unprocessableContent)
                let noPrintService = try await Self.deliver(client, reference, query: "?outcome=granted&byPost=true")
                #expect(noPrintService.status == .unprocessableContent && noPrintService.message?.contains("kein Druckdienst") == true)
                let zip = try await Self.deliver(
                    client, reference, query: "?outcome=granted", body: Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 40)))
                #expect(zip.status == .unprocessableContent && zip.message?.contains("PDF") == true, "\(zip.text)")
                #expect(try await Self.deliver(client, reference, query: "?outcome=granted", body: Data()).status == .unprocessableContent)
                // Beyond 20 MB the body is not kept and the answer says how much is allowed.
                let large = try await Self.deliver(client, reference, query: "?outcome=granted", body: Self.pdf + Data(count: 21 * 1_048_576))
                #expect(large.status == .unprocessableContent && large.message?.contains("20 MB") == true, "\(large.message ?? large.text)")
                let submission = try #require(try await test.portal.submissions.submission(reference: Reference(reference)!))
                #expect(try await test.portal.decisions.decision(of: submission.id) == nil, "nothing delivered by refused requests")
                #expect(test.pendingUploads.isEmpty, "no temporary file left: \(test.pendingUploads)")

                let delivered = try await Self.deliver(client, reference, query: "?outcome=partlyGranted")
                #expect(delivered.status == .created, "\(delivered.text)")
                #expect(delivered.json?["status"] == .string("decided") && delivered.json?["byPost"] == .bool(false))
                let decision = try #require(try await test.portal.decisions.decision(of: submission.id))
                #expect(decision.outcome == .partlyGranted && decision.deliveredBy.hasPrefix("apikey:") && decision.file.name == "Bescheid Müller.pdf")
                #expect(decision.file.mediaType == "application/pdf" && decision.file.size == Self.pdf.count)
                #expect(try await test.portal.submissions.caseFile(of: submission.id)?.status == .decided)
                #expect(mail.mails.contains { $0.to == "j.mueller@example.de" && $0.subject == "Bescheid zu Ihrem Antrag \(reference)" })
                // The Fachverfahren reads the file back with its checksum (RFC 9530); another unit's key sees nothing.
                let fetched = try await client.get("/api/v1/submissions/\(reference)/files/\(decision.file.id)", key: TestPortal.waterKey)
                #expect(fetched.status == .ok && Data(fetched.body.readableBytesView) == Self.pdf)
                let digest = Data(SHA256.hash(data: Self.pdf)).base64EncodedString()
                #expect(fetched.headers[HTTPField.Name("Repr-Digest")!] == "sha-256=:\(digest):")
                #expect(try await client.get("/api/v1/submissions/\(reference)/files/\(decision.file.id)", key: TestPortal.publicOrderKey).status == .notFound)
                // The applicant sees the decision on their case page, as after the case page's delivery.
                var applicant = TestBrowser(client)
                _ = try await applicant.get("/vorgang")
                #expect(try await applicant.post("/vorgang", [("aktenzeichen", reference), ("zugangscode", code)]).location == "/vorgang/\(reference)")
                let casePage = try await applicant.get("/vorgang/\(reference)")
                #expect(casePage.text.contains("Bescheid abrufen (PDF)") && casePage.text.contains("<strong>Teilweise bewilligt</strong>"))
                let again = try await Self.deliver(client, reference, query: "?outcome=refused")
                #expect(again.status == .conflict && again.message?.contains("nur einmal") == true)
                #expect(test.pendingUploads.isEmpty)
            }
        }
    }

    @Test("By post: the case worker ticks it, sees the address, the daily batch writes PDF and manifest, and the case shows the batch")
    func byPost() async throws {
        try await TestPortal.with { test in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sp-print-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            var configuration = test.portal.configuration
            configuration.printBatchDirectory = folder.path
            var logger = Logger(label: "test")
            logger.logLevel = .warning
            let portal = Portal(configuration: configuration, database: test.portal.database, logger: logger)
            let print = try #require(portal.printService())
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.application(adjust: { $0.limits.printBatchTime = "14:00" }).test(.router) { client in
                let reference = try await Self.fileInProgress(client)
                var worker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&worker, "anna", "ein-langes-passwort")
                let staffPath = "/intern/antraege/\(reference)"
                let page = try await worker.get(staffPath)
                #expect(page.text.contains(#"name="post" type="checkbox" value="ja""#) && page.text.contains("Zusätzlich per Post versenden"))
                let check = try await worker.postMultipart(
                    staffPath + "/bescheid", [("ergebnis", "granted"), ("post", "ja"), ("_aktion", "pruefen")],
                    files: [(field: "bescheid", name: "Bescheid.pdf", data: Self.pdf)])
                #expect(check.status == .ok)
                #expect(
                    check.text.contains("An Jürgen Müller-Lüdenscheidt, Hauptstraße 5, 24534 Neumünster – mit dem Druckstapel um 14:00 Uhr"), "\(check.text)")
                #expect(check.text.contains(#"name="post" value="ja""#))
                let fileRange = try #require(check.text.range(of: #"name="datei" value="[0-9a-f-]+""#, options: .regularExpression))
                let fileID = String(check.text[fileRange].split(separator: "\"")[3])
                let delivered = try await worker.post(
                    staffPath + "/bescheid", [("ergebnis", "granted"), ("post", "ja"), ("_aktion", "zustellen"), ("datei", fileID)])
                #expect(delivered.location == staffPath + "#bescheid")
                #expect(try await worker.get(staffPath).text.contains("Wartet auf den nächsten Druckstapel (täglich um 14:00 Uhr)"))

                // A second case through the API, by post too; a third online only.
                let second = try await Self.fileInProgress(client)
                #expect(try await Self.deliver(client, second, query: "?outcome=refused&byPost=true", disposition: nil).status == .created)
                let online = try await Self.fileInProgress(client)
                #expect(try await Self.deliver(client, online, query: "?outcome=granted").status == .created)

                // An hour later (11:15 in Berlin) the batch collects what was delivered before.
                let run = TestClock.now.addingTimeInterval(3600)
                let batches = try await print.run(cutoff: run, now: run)
                let batch = try #require(batches.first)
                #expect(batches.count == 1 && batch.items.map(\.reference.rawValue) == [reference, second])
                let written = folder.appendingPathComponent(batch.id)
                let names = try FileManager.default.contentsOfDirectory(atPath: written.path).sorted()
                #expect(names == ["\(reference).pdf", "\(second).pdf", "manifest.csv"].sorted())
                #expect(try Data(contentsOf: written.appendingPathComponent("\(reference).pdf")) == Self.pdf)
                let manifest = try String(contentsOf: written.appendingPathComponent("manifest.csv"), encoding: .utf8)
                let first = try #require(try await test.portal.submissions.submission(reference: Reference(reference)!))
                let digest = try #require(try await test.portal.decisions.decision(of: first.id)).file.sha256
                #expect(manifest.hasPrefix("aktenzeichen,datei,empfaenger,strasse,hausnummer,adresszusatz,plz,ort,seiten,sha256\r\n"))
                #expect(manifest.contains("\(reference),\(reference).pdf,Jürgen Müller-Lüdenscheidt,Hauptstraße,5,,24534,Neumünster,1,\(digest)\r\n"))
                #expect(!manifest.contains(online))
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [batch.id], "no temporary folder left")
                let shown = try await worker.get(staffPath)
                #expect(shown.text.contains("An Druckdienst übergeben (Stapel \(batch.id)) am 30.11.2026, 11:15"), "\(shown.text)")
                #expect(try await print.run(cutoff: run, now: run.addingTimeInterval(1)).isEmpty, "each letter once")
            }
        }
    }

    @Test("A batch cut off after collecting is written by the next run; a missing folder is named; a form without an address cannot go by post")
    func recovery() async throws {
        try await TestPortal.with { test in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sp-print-\(UUID().uuidString)", isDirectory: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            var configuration = test.portal.configuration
            configuration.printBatchDirectory = folder.path
            let portal = Portal(configuration: configuration, database: test.portal.database, logger: Logger(label: "test"))
            let print = try #require(portal.printService())
            try await test.application(adjust: { $0.limits.printBatchTime = "14:00" }).test(.router) { client in
                let reference = try await Self.fileInProgress(client)
                #expect(try await Self.deliver(client, reference, query: "?outcome=granted&byPost=true").status == .created)
                let run = TestClock.now.addingTimeInterval(3600)
                do {
                    _ = try await print.run(cutoff: run, now: run)
                    Issue.record("ran without its folder")
                } catch let failure as PrintService.Failure {
                    #expect(failure.message == "Den Ordner des Druckdienstes \(folder.path) gibt es nicht.")
                }
                // Collected, then the process died before writing.
                #expect(try await test.portal.printBatches.collect(into: "20261130-140000", deliveredBefore: run, at: run).count == 1)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let written = try await print.run(cutoff: run, now: run.addingTimeInterval(60))
                #expect(written.map(\.id) == ["20261130-140000"])
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("20261130-140000/\(reference).pdf").path))

                // A case whose form has no address.
                let bare = Submission(
                    id: test.ids.generator(), reference: Reference("BRU-2026-K7QM-4XD9")!, serviceID: DemoCatalog.wellDrilling.id,
                    orgUnitID: DemoCatalog.waterAuthority.id,
                    formVersionID: try #require(try await test.portal.catalog.currentFormVersion(of: DemoCatalog.wellDrilling.id)).id,
                    answers: .object([.init("nachname", .string("Groß"))]), applicantName: "Erika Groß", receivedAt: TestClock.now)
                try await test.portal.submissions.create(bare, jobs: [])
                _ = try await test.portal.submissions.changeStatus(of: bare.id, to: .inProgress, by: "staff:anna", note: nil, at: TestClock.now)
                let refused = try await Self.deliver(client, bare.reference.rawValue, query: "?outcome=granted&byPost=true")
                #expect(refused.status == .unprocessableContent && refused.message?.contains("keine; stellen Sie den Bescheid ohne Postversand zu") == true)
            }
        }
    }
}

@Suite("Print schedule")
struct PrintScheduleTests {
    actor Calls {
        var cutoffs: [Date] = []
        func add(_ cutoff: Date) -> Int {
            cutoffs.append(cutoff)
            return cutoffs.count
        }
    }

    @Test("At start it catches up on the last run's time; a failed run is tried again with the same cutoff")
    func catchUpAndRetry() async throws {
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        // 30 November 2026, 15:30 in Berlin: today's 14:00 has passed.
        let now = ISO8601DateFormatter().date(from: "2026-11-30T14:30:00Z")!
        let calls = Calls()
        struct Refused: Error {}
        let schedule = PrintSchedule(
            time: DailyTime("14:00")!, timeZone: berlin, now: { now }, retryAfter: .milliseconds(10), logger: Logger(label: "test"),
            collect: { cutoff, _ in
                if await calls.add(cutoff) == 1 { throw Refused() }
            })
        let running = Task { try await schedule.run() }
        for _ in 0..<500 where await calls.cutoffs.count < 2 { try await Task.sleep(for: .milliseconds(10)) }
        running.cancel()
        let cutoffs = await calls.cutoffs
        let today = ISO8601DateFormatter().date(from: "2026-11-30T13:00:00Z")!
        #expect(cutoffs.prefix(2) == [today, today])
    }
}
