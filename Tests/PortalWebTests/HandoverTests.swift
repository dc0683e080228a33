import AsyncHTTPClient
import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import PortalCore
import PortalJobs
import PortalTestSupport
import PortalViews
import PortalWeb
import Testing

@testable import PortalApp

/// The hand-over to DMS and Fachverfahren: hot folder, signed webhook, office mail, with the
/// delivery's state on the case page and in the staff API.
@Suite("Hand-over")
struct HandoverTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sp-hotfolder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("Hot folder: one complete folder per submission that validates against antrag-1.xsd; state on the case page and in the API")
    func hotFolder() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let clock = ManualClock()
        try await TestPortal.with(clock: clock) { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            let missing = folder.appendingPathComponent("noch-nicht-da")
            try FileManager.default.createDirectory(at: missing, withIntermediateDirectories: false)
            _ = try await test.portal.addHandoverChannel(serviceSlug: DemoCatalog.wellDrilling.slug, .hotFolder(path: missing.path))
            _ = try await test.portal.addHandoverChannel(serviceSlug: DemoCatalog.wellDrilling.slug, .pull)
            // The folder disappears after it was set up: the delivery fails with the reason and retries.
            try FileManager.default.removeItem(at: missing)
            try await test.application().test(.router) { client in
                let reference = try #require(try await SubmissionAPITests.file(1, client: client).first)
                try await test.worker().runOnce()
                // The hot folder's job comes two seconds after the receipt's.
                clock.advance(by: 2)
                try await test.worker().runOnce()
                let submission = try #require(try await test.portal.submissions.submission(reference: Reference(reference)!))
                var delivery = try #require(try await test.portal.handover.deliveries(of: submission.id).first { $0.kind == .hotFolder })
                #expect(delivery.state == .pending)
                #expect(delivery.attempts == 1)
                #expect(delivery.lastError == "folder-missing \(missing.path)")

                var browser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "anna", "ein-langes-passwort", now: clock.now)
                var page = try await browser.get("/intern/antraege/\(reference)")
                #expect(page.text.contains("Übergabeordner (DMS)"))
                #expect(page.text.contains("Der Übergabeordner \(missing.path) fehlt."))
                #expect(page.text.contains("Abruf durch das Fachverfahren"))

                try FileManager.default.createDirectory(at: missing, withIntermediateDirectories: false)
                clock.advance(by: 10)
                try await test.worker().runOnce()
                delivery = try #require(try await test.portal.handover.deliveries(of: submission.id).first { $0.kind == .hotFolder })
                #expect(delivery.state == .delivered)
                #expect(delivery.attempts == 2)
                let delivered = missing.appendingPathComponent(reference)
                let names = try FileManager.default.contentsOfDirectory(atPath: delivered.path).sorted()
                #expect(names == [".fertig", "antrag.xml", "eingangsbestaetigung.pdf"])
                #expect(try XMLSchemaCheck.problems(file: delivered.appendingPathComponent("antrag.xml")) == nil)
                let xml = try String(contentsOf: delivered.appendingPathComponent("antrag.xml"), encoding: .utf8)
                #expect(xml.contains("<aktenzeichen>\(reference)</aktenzeichen>"))
                #expect(xml.contains("bezeichnung=\"Nachname\""))
                let pdf = try Data(contentsOf: delivered.appendingPathComponent("eingangsbestaetigung.pdf"))
                #expect(pdf.starts(with: Data("%PDF".utf8)))
                // Nothing else is in the folder: no temporary leftovers.
                #expect(try FileManager.default.contentsOfDirectory(atPath: missing.path) == [reference])
                #expect(try await test.portal.submissions.submission(id: submission.id)?.handedOverAt == nil, "the pull channel has not acknowledged")

                page = try await browser.get("/intern/antraege/\(reference)")
                #expect(page.text.contains("übergeben"))
                let document = try await client.get("/api/v1/submissions/\(reference)", key: TestPortal.waterKey)
                guard case .array(let deliveries)? = document.json?["deliveries"] else {
                    Issue.record("no deliveries in the API document")
                    return
                }
                #expect(Set(deliveries.compactMap { $0["kind"] }) == [.string("hot-folder"), .string("pull")])
                #expect(deliveries.first { $0["kind"] == .string("hot-folder") }?["state"] == .string("delivered"))

                // Running the job again (a lost lease) changes nothing: delivered once.
                try await test.portal.jobs.enqueue(
                    Job(id: test.ids.generator(), kind: .deliver, payload: Delivery.jobPayload(submission.id, delivery.channelID), runAt: clock.now))
                try await test.worker().runOnce()
                #expect(try FileManager.default.contentsOfDirectory(atPath: missing.path) == [reference])
            }
        }
    }

    static func parcel(_ target: HandoverChannel.Target, files: [(UploadedFile, Data)] = []) -> HandoverParcel {
        let service = DemoCatalog.wellDrilling
        let version = DemoCatalog.version(of: service, schema: DemoCatalog.wellDrillingForm, publishedAt: TestClock.now)
        let submission = Submission(
            id: Identifier(UUID()), reference: Reference("BRU-2026-K7QM-4XD2")!, serviceID: service.id, orgUnitID: service.orgUnitID,
            formVersionID: version.id, answers: .object([.init("anlage", .array(files.map { $0.0.json }))]), receivedAt: TestClock.now)
        let channel = HandoverChannel(id: Identifier(UUID()), serviceID: service.id, target: target, createdAt: TestClock.now)
        let contents = Dictionary(uniqueKeysWithValues: files.map { ($0.0.id, $0.1) })
        return HandoverParcel(
            channel: channel, key: Delivery.key(reference: submission.reference, channel: channel.id), submissionID: submission.id,
            document: HandoverDocument(
                submission: submission, service: service, orgUnit: DemoCatalog.waterAuthority, version: version, files: files.map(\.0)),
            receipt: Data("%PDF-1.4".utf8), mailbox: "wasser@landkreis.example",
            contents: { id in
                AsyncThrowingStream { continuation in
                    if let data = contents[id] {
                        // Two chunks, as the store streams them.
                        continuation.yield(data.prefix(data.count / 2))
                        continuation.yield(data.suffix(from: data.count / 2))
                    }
                    continuation.finish()
                }
            })
    }

    static func file(_ name: String, _ data: Data) -> (UploadedFile, Data) {
        let hash = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        return (UploadedFile(id: Identifier(UUID()), name: name, mediaType: "application/pdf", size: data.count, sha256: hash), data)
    }

    @Test(
        "Hot folder: attachments under numbered safe names with their checksums; a changed file, a read-only or missing folder fail clearly and leave no folder"
    )
    func hotFolderCarrier() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = Self.file("../Lageplan 1:1000.pdf", Data((0..<50_000).map { UInt8($0 % 251) }))
        let photo = Self.file("Lageplan 1:1000.pdf", Data("zweite Datei".utf8))
        try await HotFolderCarrier().deliver(Self.parcel(.hotFolder(path: folder.path), files: [plan, photo]))
        let delivered = folder.appendingPathComponent("BRU-2026-K7QM-4XD2")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: delivered.path).sorted()
                == [".fertig", "01__Lageplan_1_1000.pdf", "02_Lageplan_1_1000.pdf", "antrag.xml", "eingangsbestaetigung.pdf"].sorted())
        #expect(try Data(contentsOf: delivered.appendingPathComponent("01__Lageplan_1_1000.pdf")) == plan.1)
        #expect(try XMLSchemaCheck.problems(file: delivered.appendingPathComponent("antrag.xml")) == nil)
        let xml = try String(contentsOf: delivered.appendingPathComponent("antrag.xml"), encoding: .utf8)
        #expect(xml.contains("<sha256>\(plan.0.sha256)</sha256>"))
        #expect(xml.contains("ablage=\"02_Lageplan_1_1000.pdf\""))

        // A file whose bytes no longer match its checksum is not handed over.
        let other = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        var changed = Self.file("a.pdf", Data("eins".utf8))
        changed.1 = Data("zwei".utf8)
        await #expect(throws: HandoverFailure.fileChanged(changed.0.id.description)) {
            try await HotFolderCarrier().deliver(Self.parcel(.hotFolder(path: other.path), files: [changed]))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path).isEmpty, "no half-written folder, not even a temporary one")

        await #expect(throws: HandoverFailure.folderMissing("/gibt/es/nicht")) {
            try await HotFolderCarrier().deliver(Self.parcel(.hotFolder(path: "/gibt/es/nicht")))
        }
        // Root may write anywhere on a normal file system; /sys refuses even root.
        let readOnly: String
        if getuid() == 0 {
            readOnly = "/sys"
        } else {
            readOnly = try Self.temporaryFolder().path
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly)
        }
        await #expect(throws: HandoverFailure.folderNotWritable(readOnly)) {
            try await HotFolderCarrier().deliver(Self.parcel(.hotFolder(path: readOnly)))
        }
    }

    struct Receiver {
        var base: String
        var secret: WebhookSecret
    }

    static func receiver() -> Receiver? {
        let environment = ProcessInfo.processInfo.environment
        guard let base = environment["SERVICEPORTAL_TEST_WEBHOOK"], let secret = environment["SERVICEPORTAL_TEST_WEBHOOK_SECRET"].flatMap(WebhookSecret.init)
        else {
            Issue.record(
                "SERVICEPORTAL_TEST_WEBHOOK and SERVICEPORTAL_TEST_WEBHOOK_SECRET are not set (scripts/testtools/webhook_receiver.py); scripts/test starts it.")
            return nil
        }
        return Receiver(base: base, secret: secret)
    }

    static func stats(_ receiver: Receiver) async throws -> JSONValue? {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: receiver.base + "/stats"), timeout: .seconds(5))
        let body = try await response.body.collect(upTo: 10_000_000)
        return try JSONParser.parse(Array(body.readableBytesView))
    }

    @Test("Webhook: the receiver verifies the Standard Webhooks signature; the id is the delivery's key; errors, redirects and timeouts are failed attempts")
    func webhook() async throws {
        guard let receiver = Self.receiver() else { return }
        let carrier = WebhookCarrier(http: WebhookCarrier.client, timeout: .seconds(1), publicBaseURL: "https://portal.example", now: { Date() })
        let parcel = Self.parcel(
            .webhook(url: receiver.base + "/hook", secret: receiver.secret, previousSecret: nil), files: [Self.file("a.pdf", Data("x".utf8))])
        try await carrier.deliver(parcel)
        try await carrier.deliver(parcel)
        let stats = try await Self.stats(receiver)
        #expect(stats?["ids"]?[parcel.key] == .number(2), "both arrived under the same id; the receiver keeps one")
        let body = stats?["bodies"]?[parcel.key]
        #expect(body?["type"] == .string("submission.received"))
        #expect(body?["data"]?["reference"] == .string("BRU-2026-K7QM-4XD2"))
        guard case .array(let files)? = body?["data"]?["files"] else {
            Issue.record("no files in the body")
            return
        }
        guard case .string(let url)? = files.first?["url"] else {
            Issue.record("no file address")
            return
        }
        #expect(url.hasPrefix("https://portal.example/api/v1/submissions/BRU-2026-K7QM-4XD2/files/"))

        // Rotation: signed with the new and the old secret, the receiver that still has the old one accepts it.
        let rotated = Self.parcel(
            .webhook(
                url: receiver.base + "/hook", secret: WebhookSecret("whsec_" + Data(repeating: 9, count: 32).base64EncodedString())!,
                previousSecret: receiver.secret))
        try await carrier.deliver(rotated)
        // A secret the receiver does not know: 401, a failed attempt.
        let wrong = Self.parcel(
            .webhook(url: receiver.base + "/hook", secret: WebhookSecret("whsec_" + Data(repeating: 8, count: 32).base64EncodedString())!, previousSecret: nil))
        await #expect(throws: HandoverFailure.receiverStatus(401)) { try await carrier.deliver(wrong) }

        await #expect(throws: HandoverFailure.receiverStatus(503)) {
            try await carrier.deliver(Self.parcel(.webhook(url: receiver.base + "/status/503", secret: receiver.secret, previousSecret: nil)))
        }
        await #expect(throws: HandoverFailure.receiverRedirected(302)) {
            try await carrier.deliver(Self.parcel(.webhook(url: receiver.base + "/redirect", secret: receiver.secret, previousSecret: nil)))
        }
        await #expect(throws: HandoverFailure.timeout) {
            try await carrier.deliver(Self.parcel(.webhook(url: receiver.base + "/slow?s=3", secret: receiver.secret, previousSecret: nil)))
        }
        // A 2xx with a body that is no JSON is still an acknowledgement.
        try await carrier.deliver(Self.parcel(.webhook(url: receiver.base + "/garbage", secret: receiver.secret, previousSecret: nil)))
        // Nobody listening.
        do {
            try await carrier.deliver(Self.parcel(.webhook(url: "http://127.0.0.1:9/hook", secret: receiver.secret, previousSecret: nil)))
            Issue.record("delivered to a closed port")
        } catch let failure as HandoverFailure {
            guard case .connectionFailed = failure else {
                Issue.record("\(failure)")
                return
            }
        }
        // TLS to a server that speaks plain HTTP.
        let tls = receiver.base.replacingOccurrences(of: "http://", with: "https://") + "/hook"
        do {
            try await carrier.deliver(Self.parcel(.webhook(url: tls, secret: receiver.secret, previousSecret: nil)))
            Issue.record("delivered over TLS to a plain server")
        } catch let failure as HandoverFailure {
            switch failure {
            case .tlsFailed, .connectionFailed: break
            default: Issue.record("\(failure)")
            }
        }
    }

    @Test("Office mail: a notice to the unit's mailbox with reference and link, no answers; queued once however often it runs")
    func officeMail() async throws {
        try await TestPortal.with { test in
            let carrier = OfficeMailCarrier(outbox: test.portal.outbox, publicBaseURL: "https://portal.example", now: test.now)
            let parcel = Self.parcel(.officeMail(attachReceipt: false))
            try await carrier.deliver(parcel)
            try await carrier.deliver(parcel)
            let mails = try await test.queuedMails()
            #expect(mails.count == 1)
            #expect(mails.first?.to == "wasser@landkreis.example")
            #expect(mails.first?.subject == "Neuer Antrag BRU-2026-K7QM-4XD2")
            #expect(mails.first?.body.contains("https://portal.example/intern/antraege/BRU-2026-K7QM-4XD2") == true)
            var noMailbox = parcel
            noMailbox.mailbox = nil
            await #expect(throws: HandoverFailure.noMailbox) { try await carrier.deliver(noMailbox) }
            #expect(mails.first?.body.contains("hängt als PDF an") == false, "no personal data by default")

            // The service's option: the receipt attached, said so in the text.
            var attaching = Self.parcel(.officeMail(attachReceipt: true))
            attaching.key = "BRU-2026-K7QM-4XD2_receipt"
            try await carrier.deliver(attaching)
            let withReceipt = try #require(try await test.portal.outbox.mail(id: "handover-BRU-2026-K7QM-4XD2_receipt")?.mail)
            #expect(withReceipt.body.contains("Die Eingangsbestätigung mit allen Angaben des Antrags hängt als PDF an."))
            #expect(
                withReceipt.attachments == [
                    .init(name: "Eingangsbestaetigung-BRU-2026-K7QM-4XD2.pdf", mediaType: "application/pdf", data: Data("%PDF-1.4".utf8))
                ])
            attaching.key = "BRU-2026-K7QM-4XD2_noreceipt"
            attaching.receipt = nil
            await #expect(throws: HandoverFailure.receiptMissing) { try await carrier.deliver(attaching) }
        }
    }

    @Test("handover add refuses what cannot work, with a German message")
    func addRefusals() async throws {
        try await TestPortal.with { test in
            let slug = DemoCatalog.wellDrilling.slug
            func message(_ request: HandoverSetup.Request, service: String = DemoCatalog.wellDrilling.slug) async -> String? {
                do {
                    _ = try await test.portal.addHandoverChannel(serviceSlug: service, request)
                    return nil
                } catch {
                    return "\(error)"
                }
            }
            #expect(await message(.pull, service: "gibt-es-nicht") == "Die Leistung „gibt-es-nicht“ gibt es nicht.")
            #expect(await message(.hotFolder(path: "relativ/pfad"))?.contains("absoluter Pfad") == true)
            #expect(await message(.hotFolder(path: "/gibt/es/nicht")) == "Den Ordner /gibt/es/nicht gibt es nicht.")
            #expect(await message(.webhook(url: "http://fv.example/hook", secret: nil))?.contains("https://") == true)
            #expect(await message(.webhook(url: "https://fv.example/hook", secret: "geheim"))?.contains("whsec_") == true)
            #expect(await message(.officeMail(attachReceipt: false))?.contains("Funktionspostfach") == true)
            #expect(await message(.officeMail(attachReceipt: true))?.contains("Funktionspostfach") == true, "with the receipt too, once there is a mailbox")
            #expect(await message(.pull) == nil)
            #expect(await message(.pull)?.contains("schon eingerichtet") == true)
            let (channel, secret) = try await test.portal.addHandoverChannel(serviceSlug: slug, .webhook(url: "https://fv.example/hook", secret: nil))
            #expect(secret?.text.hasPrefix("whsec_") == true)
            let rotated = try await test.portal.rotateWebhookSecret(id: channel.id.description, secret: nil)
            #expect(rotated != secret)
            try await test.portal.removeHandoverChannel(id: channel.id.description)
            #expect(try await test.portal.handoverChannels().map(\.channel.kind) == [.pull])
        }
    }
}

@Suite("Hand-over: pull API")
struct PullAPITests {
    @Test("List unacknowledged → fetch with files → acknowledge (idempotent, audited once); other units 404, keys without the scope 403")
    func pull() async throws {
        try await TestPortal.with { test in
            _ = try await test.portal.addHandoverChannel(serviceSlug: DemoCatalog.wellDrilling.slug, .pull)
            let readOnly = try await test.addReadOnlyWaterKey()
            try await test.application().test(.router) { client in
                let references = try await SubmissionAPITests.file(3, client: client)
                var list = try await client.get("/api/v1/submissions?undelivered=true", key: TestPortal.waterKey)
                #expect(list.status == .ok)
                #expect(list.json?["items"].map(Self.references) == references)
                #expect(try await client.get("/api/v1/submissions?undelivered=vielleicht", key: TestPortal.waterKey).status == .badRequest)

                let document = try await client.get("/api/v1/submissions/\(references[0])", key: TestPortal.waterKey)
                guard case .array(let deliveries)? = document.json?["deliveries"] else {
                    Issue.record("no deliveries")
                    return
                }
                #expect(deliveries.map { $0["state"] } == [.string("pending")])
                #expect(document.json?["files"] == .array([]))

                let path = "/api/v1/submissions/\(references[0])/acknowledgement"
                let refused = try await client.execute(uri: path, method: .post, headers: [.authorization: "Bearer \(readOnly)"])
                #expect(refused.status == .forbidden)
                let other = try await client.execute(uri: path, method: .post, headers: [.authorization: "Bearer \(TestPortal.publicOrderKey)"])
                #expect(other.status == .notFound)
                let first = try await client.execute(uri: path, method: .post, headers: [.authorization: "Bearer \(TestPortal.waterKey)"])
                #expect(first.status == .ok)
                #expect(first.json?["acknowledgedAt"] == .string("2026-11-30T09:15:00.000Z"))
                let again = try await client.execute(uri: path, method: .post, headers: [.authorization: "Bearer \(TestPortal.waterKey)"])
                #expect(again.status == .ok)
                #expect(again.json == first.json)
                let submission = try #require(try await test.portal.submissions.submission(reference: Reference(references[0])!))
                #expect(try await test.portal.audit.events(submission: submission.id, actions: [.handoverAcknowledged]).count == 1)
                #expect(submission.handedOverAt == TestClock.now, "the pull channel was its only one")

                list = try await client.get("/api/v1/submissions?undelivered=true", key: TestPortal.waterKey)
                #expect(list.json?["items"].map(Self.references) == Array(references.dropFirst()))
                #expect(try await client.get("/api/v1/submissions?undelivered=true", key: TestPortal.publicOrderKey).json?["items"] == .array([]))

                // A service without a pull channel has nothing to acknowledge.
                let lost = try await client.postJSON(
                    "/api/v1/services/fundsache-melden/submissions",
                    #"{"answers":{"gegenstand":"Schirm","fundort":"Bahnhof","funddatum":"2026-11-29","name":"Erika Muster","email":"erika@example.de","finderlohn":false}}"#
                )
                guard case .string(let reference)? = lost.json?["reference"] else {
                    Issue.record("not filed: \(lost.text)")
                    return
                }
                let answer = try await client.execute(
                    uri: "/api/v1/submissions/\(reference)/acknowledgement", method: .post, headers: [.authorization: "Bearer \(TestPortal.publicOrderKey)"])
                #expect(answer.status == .conflict)
                #expect(answer.json?["message"] == .string(APIText.german.noPullChannel))
            }
        }
    }

    static func references(_ items: JSONValue) -> [String] {
        guard case .array(let list) = items else { return [] }
        return list.compactMap { if case .string(let text)? = $0["reference"] { text } else { nil } }
    }
}

@Suite("Hand-over: write-back API")
struct WriteBackAPITests {
    @Test("The Fachverfahren sets the status and writes to the applicant, who sees both; wrong input is refused with a reason; scopes and units hold")
    func writeBack() async throws {
        try await TestPortal.with { test in
            let readOnly = try await test.addReadOnlyWaterKey()
            try await test.application().test(.router) { client in
                let filed = try await client.postJSON(
                    "/api/v1/services/brunnenbohrung-anzeigen/submissions", WellDrillingAnswers.body(WellDrillingAnswers.valid()))
                guard case .string(let reference)? = filed.json?["reference"], case .string(let code)? = filed.json?["accessCode"] else {
                    Issue.record("not filed: \(filed.text)")
                    return
                }
                func post(_ path: String, _ body: String, key: String = TestPortal.waterKey) async throws -> TestResponse {
                    try await client.execute(
                        uri: "/api/v1/submissions/\(reference)/\(path)", method: .post,
                        headers: [.authorization: "Bearer \(key)", .contentType: "application/json"], body: ByteBuffer(string: body))
                }
                #expect(try await post("status", #"{"status":"inProgress"}"#, key: readOnly).status == .forbidden)
                #expect(try await post("status", #"{"status":"inProgress"}"#, key: TestPortal.publicOrderKey).status == .notFound)
                let unknown = try await post("status", #"{"status":"fertig"}"#)
                #expect(unknown.status == .unprocessableContent)
                #expect(unknown.message?.contains("inProgress") == true)
                #expect(try await post("status", #"{"status":"inProgress","farbe":"rot"}"#).status == .badRequest)
                #expect(try await post("status", "kein JSON").status == .badRequest)

                let moved = try await post("status", #"{"status":"inProgress","note":"Prüfung begonnen"}"#)
                #expect(moved.status == .ok)
                let submission = try #require(try await test.portal.submissions.submission(reference: Reference(reference)!))
                let history = try #require(try await test.portal.submissions.caseFile(of: submission.id)).history
                #expect(history.last?.to == .inProgress)
                #expect(history.last?.actor.hasPrefix("apikey:") == true)
                #expect(history.last?.note == "Prüfung begonnen")
                let again = try await post("status", #"{"status":"inProgress"}"#)
                #expect(again.status == .conflict, "the same move twice is refused like on the case page")

                #expect(try await post("messages", #"{"text":"   "}"#).status == .unprocessableContent)
                #expect(try await post("messages", #"{}"#).status == .unprocessableContent)
                let sent = try await post("messages", #"{"text":"Bitte reichen Sie den Lageplan nach."}"#)
                #expect(sent.status == .created)
                let messages = try await test.portal.mailbox.messages(of: submission.id)
                #expect(messages.map(\.author) == ["Test untere-wasserbehoerde"])
                let mails = try await test.queuedMails().filter { $0.to == "j.mueller@example.de" }
                #expect(mails.contains { $0.subject.contains(reference) && $0.body.contains("Wir bearbeiten Ihren Antrag") }, "\(mails.map(\.body))")

                // The applicant sees status and message on their case page.
                var applicant = TestBrowser(client)
                _ = try await applicant.get("/vorgang")
                #expect(try await applicant.post("/vorgang", [("aktenzeichen", reference), ("zugangscode", code)]).location == "/vorgang/\(reference)")
                let page = try await applicant.get("/vorgang/\(reference)")
                #expect(page.text.contains("Wir bearbeiten Ihren Antrag"))
                #expect(page.text.contains("Bitte reichen Sie den Lageplan nach."))

                // Documents by a day: refused with a reason when the list or the day is wrong.
                #expect(try await post("document-requests", #"{"documents":[],"deadline":"2026-12-20"}"#).status == .unprocessableContent)
                let badDay = try await post("document-requests", #"{"documents":["Lageplan"],"deadline":"20.12.2026"}"#)
                #expect(badDay.status == .unprocessableContent)
                #expect(badDay.message?.contains("JJJJ-MM-TT") == true)
                #expect(try await post("document-requests", #"{"documents":["Lageplan"],"deadline":"2026-11-29"}"#).status == .unprocessableContent)
                let requested = try await post("document-requests", #"{"documents":["Lageplan mit Bohrstelle"],"deadline":"2026-12-20"}"#)
                #expect(requested.status == .created)
                #expect(try await test.portal.submissions.caseFile(of: submission.id)?.status == .waitingForApplicant)
                let asked = try await applicant.get("/vorgang/\(reference)")
                #expect(asked.text.contains("Lageplan mit Bohrstelle"))
                #expect(asked.text.contains("20.12.2026"))
            }
        }
    }
}
