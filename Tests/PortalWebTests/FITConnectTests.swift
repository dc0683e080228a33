import AsyncHTTPClient
import Crypto
import Foundation
import HTTPTypes
import HummingbirdTesting
import JWTKit
import NIOCore
import NIOHTTP1
import PortalCore
import PortalTestSupport
import PortalWeb
import Testing

@testable import PortalApp

/// FIT-Connect as a sender (issue 19): JOSE against an independent implementation (Python
/// jwcrypto), and the whole flow against the local test Zustelldienst
/// (`scripts/testtools/fitconnect_server.py`), whose receiver decrypts what the portal sends,
/// checks metadata, hashes and Fachdaten, and accepts or rejects with a signed event.
@Suite("FIT-Connect")
struct FITConnectTests {
    // MARK: JOSE known answers

    static func fixture() throws -> JSONValue {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FITConnectFixtures/jose-known-answers.json")
        return try JSONParser.parse(Array(try Data(contentsOf: url)))
    }

    static func key(_ json: JSONValue?) throws -> RSAJWK {
        try RSAJWK(json: Data(try #require(json).jsonText.utf8))
    }

    @Test("A JWE made by jwcrypto (RSA-OAEP-256, A256GCM) opens with its private JWK; the header names kid and content type")
    func knownAnswerDecrypt() throws {
        let fixture = try Self.fixture()
        let key = try Self.key(fixture["encryptionKey"])
        guard case .string(let compact)? = fixture["jwe"], case .string(let plaintext)? = fixture["plaintext"] else {
            Issue.record("fixture incomplete")
            return
        }
        let (header, opened) = try JWE.decrypt(compact, keys: [key])
        #expect(String(decoding: opened, as: UTF8.self) == plaintext)
        #expect(header.kid == "testkey-enc-1")
        #expect(header.cty == "text/plain")
    }

    @Test("Sealed here, opened here; a changed ciphertext, another key, another algorithm and a broken frame are refused")
    func roundTripAndRefusals() throws {
        let fixture = try Self.fixture()
        let key = try Self.key(fixture["encryptionKey"])
        let message = Data("Anlage: Lageplan – ÄÖÜß".utf8)
        let compact = try JWE.encrypt(message, for: key.publicKey, contentType: "application/pdf")
        let parts = compact.split(separator: ".").map(String.init)
        #expect(parts.count == 5)
        let header = try #require(Base64URL.decode(parts[0]).flatMap { try? JSONParser.parse(Array($0)) })
        #expect(header["alg"] == .string("RSA-OAEP-256"))
        #expect(header["enc"] == .string("A256GCM"))
        #expect(header["kid"] == .string("testkey-enc-1"))
        #expect(try JWE.decrypt(compact, keys: [key]).plaintext == message)
        // Two seals of the same message differ (a fresh content key and IV each time).
        #expect(try JWE.encrypt(message, for: key.publicKey, contentType: nil) != compact)

        var changed = Array(Base64URL.decode(parts[3])!)
        changed[0] ^= 0x01
        let tampered = [parts[0], parts[1], parts[2], Base64URL.encode(changed), parts[4]].joined(separator: ".")
        #expect(throws: JOSEError.decryptionFailed) { try JWE.decrypt(tampered, keys: [key]) }

        var other = key
        other.kid = "other"
        #expect(throws: JOSEError.unknownKey("testkey-enc-1")) { try JWE.decrypt(compact, keys: [other]) }

        let weak = Base64URL.encode(Data(#"{"alg":"RSA1_5","enc":"A256GCM","kid":"testkey-enc-1"}"#.utf8))
        #expect(throws: JOSEError.unsupportedAlgorithm("RSA1_5")) { try JWE.decrypt(([weak] + parts.dropFirst()).joined(separator: "."), keys: [key]) }
        #expect(throws: JOSEError.malformed("3 parts")) { try JWE.decrypt("a.b.c", keys: [key]) }
        #expect(throws: JOSEError.keyInvalid("n missing")) { try RSAJWK(json: Data(#"{"kty":"RSA","n":"","e":"AQAB"}"#.utf8)).encryptionKey() }
        #expect(throws: JOSEError.keyInvalid("kty EC")) { try RSAJWK(json: Data(#"{"kty":"EC","n":"x","e":"AQAB"}"#.utf8)) }
    }

    @Test("A Security Event Token signed by jwcrypto with PS512 verifies with jwt-kit; a changed one does not")
    func knownAnswerEvent() async throws {
        let fixture = try Self.fixture()
        guard case .string(let token)? = fixture["set"] else {
            Issue.record("fixture incomplete")
            return
        }
        let jwk = try JSONDecoder().decode(JWK.self, from: Data(try #require(fixture["signingKey"]).jsonText.utf8))
        let keys = JWTKeyCollection()
        try await keys.add(jwk: jwk)
        let payload = try await keys.verify(token, as: SecurityEventToken.self)
        #expect(payload.sub == "submission:5b0f4f4e-1c5e-4a4e-8b0a-2f3c4d5e6f70")
        let (uri, detail) = try #require(payload.events.first)
        #expect(FITConnectEvent.Kind(uri: uri) == .rejectSubmission)
        #expect(detail.problems?.first?.detail == "Nicht zuständig")
        let changed = String(token.dropLast(4)) + (token.hasSuffix("AAAA") ? "BBBB" : "AAAA")
        await #expect(throws: (any Error).self) { try await keys.verify(changed, as: SecurityEventToken.self) }
    }

    // MARK: Against the test Zustelldienst

    static func server() -> String? {
        guard let base = ProcessInfo.processInfo.environment["SERVICEPORTAL_TEST_FITCONNECT"] else {
            Issue.record("SERVICEPORTAL_TEST_FITCONNECT is not set (scripts/testtools/fitconnect_server.py); scripts/test starts it.")
            return nil
        }
        return base
    }

    static func call(_ method: HTTPMethod, _ url: String, body: String? = nil) async throws -> JSONValue? {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let body {
            request.headers.add(name: "content-type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let data = try await response.body.collect(upTo: 50_000_000)
        return data.readableBytes == 0 ? nil : try? JSONParser.parse(Array(data.readableBytesView))
    }

    /// A destination at the test server for the well-drilling service (LeiKa key set for the test).
    static func destination(
        _ base: String, behaviour: String, status: String = "active", regions: [String] = [], wrongKey: Bool = false, metadataVersions: [String] = ["1.0.0"]
    ) async throws -> String {
        let body = JSONValue.object([
            .init("behaviour", .string(behaviour)), .init("status", .string(status)),
            .init("metadataVersions", .array(metadataVersions.map(JSONValue.string))),
            .init("services", .array([.string(FITConnectAddress.serviceIdentifier(leikaKey: leikaKey))])),
            .init("regions", .array(regions.map(JSONValue.string))), .init("publishWrongKey", .bool(wrongKey)),
        ])
        guard case .string(let id)? = try await call(.POST, base + "/_test/destinations", body: body.jsonText)?["destinationId"] else {
            throw NotFound("destination")
        }
        return id
    }

    static let leikaKey = "99090020276000"

    static func configure(_ base: String) -> (inout AppConfiguration) -> Void {
        { configuration in
            configuration.baseURL = "https://portal.example"
            configuration.fitConnect = FITConnectSettings(
                tokenURL: base + "/token", submissionAPI: base, routingAPI: base, clientID: "sender", clientSecret: "sender-secret",
                publicBaseURL: "https://portal.example")
        }
    }

    /// The well-drilling service with a LeiKa key, a FIT-Connect channel to `address`, and the
    /// form's Fachdaten schema registered at the test receiver.
    static func prepare(_ test: TestPortal, _ base: String, _ address: FITConnectAddress, client: some TestClientProtocol) async throws {
        var service = DemoCatalog.wellDrilling
        service.leikaKey = leikaKey
        try await test.portal.catalog.save(service)
        _ = try await test.portal.addHandoverChannel(serviceSlug: service.slug, .fitConnect(address))
        let schema = try await client.execute(uri: "/schemas/fachdaten/\(service.slug)/1", method: .get)
        #expect(schema.status == .ok)
        #expect(schema.headers[.contentType]?.hasPrefix("application/schema+json") == true)
        let uri = "https://portal.example/schemas/fachdaten/\(service.slug)/1"
        let json = try JSONParser.parse(Array(schema.body.readableBytesView))
        #expect(json["$id"] == .string(uri))
        _ = try await call(
            .POST, base + "/_test/schemas?uri=" + (uri.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""), body: json.jsonText)
    }

    /// Files a well-drilling application through the API and runs the jobs: the receipt's, then the hand-over's.
    static func fileAndHandOver(_ test: TestPortal, client: some TestClientProtocol) async throws -> (String, Submission) {
        let reference = try #require(try await SubmissionAPITests.file(1, client: client).first)
        try await test.worker().runOnce()
        try await test.worker().runOnce()
        return (reference, try #require(try await test.portal.submissions.submission(reference: Reference(reference)!)))
    }

    @Test("Filed, sent encrypted, decrypted and checked by the receiver, accepted: the case moves into processing and both case pages say so")
    func sendAndAccept() async throws {
        guard let base = Self.server() else { return }
        let destination = try await Self.destination(base, behaviour: "accept")
        let clock = ManualClock()
        try await TestPortal.with(clock: clock, configure: Self.configure(base)) { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                try await Self.prepare(test, base, FITConnectAddress(destination: .id(destination)), client: client)
                let (reference, submission) = try await Self.fileAndHandOver(test, client: client)
                let delivery = try #require(try await test.portal.handover.deliveries(of: submission.id).first { $0.kind == .fitConnect })
                #expect(delivery.state == .delivered, "\(delivery.lastError ?? "")")
                let transfer = try #require(try await test.portal.fitConnect.transfers(of: submission.id).first)
                #expect(transfer.state == .submitted)
                #expect(transfer.destinationID == destination)
                #expect(transfer.attachments.map(\.purpose) == [.report])

                // What the receiving authority found after decrypting.
                let received = try #require(try await Self.call(.GET, base + "/_test/received/\(transfer.remoteID)"))
                #expect(received["problems"] == .array([]))
                #expect(received["verdict"] == .string("accepted"))
                #expect(received["dataSchemaChecked"] == .bool(true))
                #expect(received["metadata"]?["additionalReferenceInfo"]?["senderReference"] == .string(reference))
                #expect(received["metadata"]?["publicServiceType"]?["identifier"] == .string("urn:de:fim:leika:leistung:\(Self.leikaKey)"))
                #expect(received["schemaUri"] == .string("https://portal.example/schemas/fachdaten/brunnenbohrung-anzeigen/1"))
                let report = received["attachments"]?[transfer.attachments[0].id]
                #expect(report?["purpose"] == .string("report"))
                #expect(report?["hashOk"] == .bool(true))
                #expect(report?["startsWith"] == .string("%PDF-"))
                #expect(report?["cty"] == .string("application/pdf"))

                // Delivered once: running the job again sends nothing new.
                try await test.worker().runOnce()
                #expect(try await test.portal.fitConnect.transfers(of: submission.id).count == 1)

                // The event log is read when due: the accept moves the case and is kept for the pages.
                let made = test.portal.fitConnectEventPolling(now: { clock.now })
                let polling = try #require(made)
                #expect(try await polling.run() == 0, "not due yet")
                clock.advance(by: 61)
                #expect(try await polling.run() == 1)
                let moved = try #require(try await test.portal.submissions.submission(id: submission.id))
                #expect(moved.status == .inProgress)
                let kinds = try await test.portal.fitConnect.events(of: submission.id).map(\.event.kind)
                #expect(kinds == [.createSubmission, .submitSubmission, .acceptSubmission])
                #expect(try await test.portal.fitConnect.transfers(of: submission.id).first?.state == .accepted)
                // Read again: nothing twice.
                #expect(try await polling.run() == 0)
                #expect(try await test.portal.fitConnect.events(of: submission.id).count == 3)

                var browser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "anna", "ein-langes-passwort", now: clock.now)
                let page = try await browser.get("/intern/antraege/\(reference)")
                #expect(page.text.contains("FIT-Connect"))
                #expect(page.text.contains("vollständig übermittelt"))
                #expect(page.text.contains("von der Behörde angenommen"))
                #expect(page.text.contains("Von der zuständigen Behörde über FIT-Connect angenommen."))
            }
        }
    }

    @Test("Rejected by the receiver: the case is rejected with the receiver's reason, shown to staff and applicant")
    func sendAndReject() async throws {
        guard let base = Self.server() else { return }
        let destination = try await Self.destination(base, behaviour: "reject")
        let clock = ManualClock()
        try await TestPortal.with(clock: clock, configure: Self.configure(base)) { test in
            try await test.application().test(.router) { client in
                try await Self.prepare(test, base, FITConnectAddress(destination: .id(destination), dataFormat: .xml), client: client)
                let (reference, submission) = try await Self.fileAndHandOver(test, client: client)
                let transfer = try #require(try await test.portal.fitConnect.transfers(of: submission.id).first)
                let received = try #require(try await Self.call(.GET, base + "/_test/received/\(transfer.remoteID)"))
                #expect(received["dataMimeType"] == .string("application/xml"))
                #expect(received["schemaUri"] == .string(HandoverXML.namespace))
                guard case .string(let xml)? = received["data"] else {
                    Issue.record("no XML")
                    return
                }
                #expect(xml.contains("<aktenzeichen>\(reference)</aktenzeichen>") || xml.contains(reference))
                clock.advance(by: 61)
                #expect(try await test.portal.fitConnectEventPolling(now: { clock.now })!.run() == 1)
                let rejected = try #require(try await test.portal.submissions.submission(id: submission.id))
                #expect(rejected.status == .rejected)
                let history = try #require(try await test.portal.submissions.caseFile(of: submission.id)).history
                let rejection = try #require(history.first { $0.to == .rejected })
                #expect(rejection.note?.contains("Die Behörde ist für diesen Antrag nicht zuständig.") == true)
                #expect(rejection.actor == "fit-connect")
            }
        }
    }

    @Test(
        "Refusals: an inactive destination, an unknown service, a 422 on submit (the retry continues the same submission), an expired token, a routing look-up")
    func refusalsAndRetries() async throws {
        guard let base = Self.server() else { return }
        let inactive = try await Self.destination(base, behaviour: "accept", status: "inactive")
        // A region of its own, so that earlier runs against the same server do not answer.
        let region = "01" + String(Int.random(in: 1_000_000...9_999_999))
        let accepting = try await Self.destination(base, behaviour: "accept", regions: [region])
        let clock = ManualClock()
        try await TestPortal.with(clock: clock, configure: Self.configure(base)) { test in
            try await test.application().test(.router) { client in
                try await Self.prepare(test, base, FITConnectAddress(destination: .id(inactive)), client: client)
                let (_, submission) = try await Self.fileAndHandOver(test, client: client)
                let failed = try #require(try await test.portal.handover.deliveries(of: submission.id).first { $0.kind == .fitConnect })
                #expect(failed.state == .pending)
                #expect(failed.lastError == "destination-unusable status inactive")
                #expect(try await test.portal.fitConnect.transfers(of: submission.id).isEmpty)

                // The carrier on its own, for the same parcel: 422 on submit, then the retry.
                let carrier = FITConnectCarrier(
                    client: test.portal.fitConnectClient, reader: test.portal.fitConnectReader, store: test.portal.fitConnect,
                    timeZone: TestClock.timeZone, now: { clock.now })
                let plan = HandoverTests.file("Lageplan.pdf", Data((0..<300_000).map { UInt8($0 % 253) }))
                var parcel = HandoverTests.parcel(.fitConnect(FITConnectAddress(destination: .routing(regionalKey: region + "012"))), files: [plan])
                parcel.document.leikaKey = Self.leikaKey
                parcel.schema = DemoCatalog.wellDrillingForm
                // The answers of a valid application, with the plan as its attachment.
                guard case .object(var answers) = submission.answers else { throw NotFound("answers") }
                answers.removeAll { $0.key == "lageplan" }
                answers.append(.init("lageplan", .array([plan.0.json])))
                parcel.answers = .object(answers)
                _ = try await Self.call(.POST, base + "/_test/mode?next=422-submit&count=1&destination=\(accepting)")
                await #expect(throws: HandoverFailure.fitConnectRefused("422 Unprocessable Entity: test mode: submission refused")) {
                    try await carrier.deliver(parcel)
                }
                let half = try #require(try await test.portal.fitConnect.transfer(of: parcel.submissionID, through: parcel.channel.id))
                #expect(half.state == .created)
                #expect(half.destinationID == accepting, "found through the routing service")
                #expect(half.attachments.map(\.purpose) == [.report, .attachment])
                let createdBefore = try await Self.call(.GET, base + "/_test/stats")?["created"]
                // The token expires in between: the client fetches a new one once.
                _ = try await Self.call(.POST, base + "/_test/expire-tokens")
                try await carrier.deliver(parcel)
                #expect(try await Self.call(.GET, base + "/_test/stats")?["created"] == createdBefore, "the same submission, not a second")
                let done = try #require(try await test.portal.fitConnect.transfer(of: parcel.submissionID, through: parcel.channel.id))
                #expect(done.state == .submitted)
                let received = try #require(try await Self.call(.GET, base + "/_test/received/\(done.remoteID)"))
                #expect(received["verdict"] == .string("accepted"), "\(received["problems"]?.jsonText ?? "")")
                let sent = received["attachments"]?[done.attachments[1].id]
                #expect(sent?["filename"] == .string("Lageplan.pdf"))
                #expect(sent?["size"] == .number(300_000))
                #expect(sent?["hashOk"] == .bool(true))
                #expect(received["data"]?["lageplan"] == .array([.string(done.attachments[1].id)]), "the file field names its attachment")
                // Sent already: another run does nothing.
                try await carrier.deliver(parcel)
                #expect(try await Self.call(.GET, base + "/_test/stats")?["created"] == createdBefore)

                // No destination for another region.
                var elsewhere = parcel
                elsewhere.channel.target = .fitConnect(FITConnectAddress(destination: .routing(regionalKey: "099999999999")))
                elsewhere.channel.id = Identifier(UUID())
                await #expect(throws: HandoverFailure.noDestination("LeiKa \(Self.leikaKey), ARS 099999999999")) { try await carrier.deliver(elsewhere) }
                // A service the destination does not offer.
                var otherService = parcel
                otherService.document.leikaKey = "99000000000000"
                otherService.channel.target = .fitConnect(FITConnectAddress(destination: .id(accepting)))
                otherService.channel.id = Identifier(UUID())
                await #expect(throws: HandoverFailure.destinationUnusable("LeiKa 99000000000000 is not among its services")) {
                    try await carrier.deliver(otherService)
                }
                // A destination that takes only a later metadata version.
                let later = try await Self.destination(base, behaviour: "accept", metadataVersions: ["2.0.0"])
                var laterOnly = parcel
                laterOnly.channel.target = .fitConnect(FITConnectAddress(destination: .id(later)))
                laterOnly.channel.id = Identifier(UUID())
                await #expect(throws: HandoverFailure.destinationUnusable("metadata 1.0.0 not accepted")) { try await carrier.deliver(laterOnly) }
                // Without a LeiKa key there is nothing to send to.
                var noKey = parcel
                noKey.document.leikaKey = nil
                await #expect(throws: HandoverFailure.noLeikaKey) { try await carrier.deliver(noKey) }
            }
        }
    }

    @Test("A destination whose published key is not its own: the receiver cannot read it and rejects; forged event signatures are not believed")
    func wrongKeyAndForgedEvents() async throws {
        guard let base = Self.server() else { return }
        let destination = try await Self.destination(base, behaviour: "accept", wrongKey: true)
        let clock = ManualClock()
        try await TestPortal.with(clock: clock, configure: Self.configure(base)) { test in
            try await test.application().test(.router) { client in
                try await Self.prepare(test, base, FITConnectAddress(destination: .id(destination)), client: client)
                let (_, submission) = try await Self.fileAndHandOver(test, client: client)
                let transfer = try #require(try await test.portal.fitConnect.transfers(of: submission.id).first)
                let received = try #require(try await Self.call(.GET, base + "/_test/received/\(transfer.remoteID)"))
                #expect(received["verdict"] == .string("rejected"))
                guard case .array(let problems)? = received["problems"], case .string(let first)? = problems.first else {
                    Issue.record("no problem recorded")
                    return
                }
                #expect(first.hasPrefix("unreadable"))

                // The event log comes with broken signatures: nothing is believed, nothing decided.
                let made = test.portal.fitConnectEventPolling(now: { clock.now })
                let polling = try #require(made)
                clock.advance(by: 61)
                _ = try await Self.call(.POST, base + "/_test/mode?next=bad-signature&count=1&destination=\(destination)")
                #expect(try await polling.run() == 0)
                #expect(try await test.portal.fitConnect.events(of: submission.id).isEmpty)
                #expect(try await test.portal.submissions.submission(id: submission.id)?.status == .received)
                // The next read, when due, is genuine: the rejection arrives with its reason.
                clock.advance(by: 121)
                #expect(try await polling.run() == 1)
                #expect(try await test.portal.submissions.submission(id: submission.id)?.status == .rejected)
            }
        }
    }
}

/// The other way (issue 19): the portal as the subscriber of a destination picks up what another
/// online service sent, files a case for the responsible org unit and signs its answer.
@Suite("FIT-Connect receiving")
struct FITConnectReceivingTests {
    /// A destination at the test server whose private keys the portal holds, and a portal set up to receive for it.
    static func receiving(_ base: String, _ body: (TestPortal, String, ManualClock) async throws -> Void) async throws {
        guard case .object? = try await FITConnectTests.call(.GET, base + "/_test/stats") else { throw NotFound("test server") }
        let created = try #require(
            try await FITConnectTests.call(.POST, base + "/_test/destinations", body: #"{"behaviour": "none", "services": []}"#))
        guard case .string(let destination)? = created["destinationId"] else { throw NotFound("destination") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sp-fc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let decryption = folder.appendingPathComponent("decryption.jwk")
        let signing = folder.appendingPathComponent("signing.jwk")
        try Data(try #require(created["encryptionKey"]).jsonText.utf8).write(to: decryption)
        try Data(try #require(created["signingKey"]).jsonText.utf8).write(to: signing)
        let environment = [
            "FITCONNECT_TOKEN_URL": base + "/token", "FITCONNECT_SUBMISSION_API": base, "FITCONNECT_SUBSCRIBER_CLIENT_ID": "subscriber",
            "FITCONNECT_SUBSCRIBER_CLIENT_SECRET": "subscriber-secret", "FITCONNECT_DESTINATION_ID": destination,
            "FITCONNECT_DECRYPTION_KEY_FILE": decryption.path, "FITCONNECT_SIGNING_KEY_FILE": signing.path,
            "FITCONNECT_CALLBACK_SECRET": Self.callbackSecret,
        ]
        let receiving = try #require(try AppConfiguration.environment(environment).fitConnectReceiving)
        let clock = ManualClock()
        let configure: (inout AppConfiguration) -> Void = { $0.fitConnectReceiving = receiving }
        try await TestPortal.with(clock: clock, configure: configure) { test in
            var service = DemoCatalog.wellDrilling
            service.leikaKey = FITConnectTests.leikaKey
            try await test.portal.catalog.save(service)
            try await body(test, destination, clock)
        }
    }

    static let callbackSecret = "ein-geheimnis-fuer-rueckrufe-mit-mindestens-32-zeichen"

    static func send(_ base: String, _ destination: String, tamper: String? = nil, service: String? = nil) async throws -> String {
        let body = JSONValue.object([
            .init("destinationId", .string(destination)),
            .init("service", .string(service ?? FITConnectAddress.serviceIdentifier(leikaKey: FITConnectTests.leikaKey))),
            .init(
                "data",
                .object([
                    .init("G60000086", .object([.init("F60000227", .string("Schäfer")), .init("F60000228", .string("Jürgen"))])),
                    .init("bohrtiefe", .number(12)),
                ])),
            .init(
                "attachments",
                .array([
                    .object([
                        .init("content", .string(Data("%PDF-1.7 Lageplan".utf8).base64EncodedString())), .init("filename", .string("../Lageplan.pdf")),
                        .init("mimeType", .string("application/pdf")),
                    ])
                ])),
            .init("replyTo", .string("juergen@example.org")), .init("senderReference", .string("EFA-2026-0815")),
            .init("tamper", tamper.map(JSONValue.string) ?? .null),
        ])
        guard case .string(let id)? = try await FITConnectTests.call(.POST, base + "/_test/deliver", body: body.jsonText)?["submissionId"] else {
            throw NotFound("delivered submission")
        }
        return id
    }

    @Test("Picked up, decrypted, checked and filed for the org unit of the LeiKa key; the case worker sees data and attachment; accepted once")
    func receiveAndFile() async throws {
        guard let base = FITConnectTests.server() else { return }
        try await Self.receiving(base) { test, destination, clock in
            try await test.addCaseWorker("olaf", password: "ein-langes-passwort", name: "Olaf Ordnung", units: [DemoCatalog.publicOrder])
            // Applications for this LeiKa key go to the Ordnungsamt, not the service's own unit.
            try await test.portal.fitConnect.setRoute(leikaKey: FITConnectTests.leikaKey, to: DemoCatalog.publicOrder.id)
            let remote = try await Self.send(base, destination)
            let made = test.portal.fitConnectIntake(now: { clock.now })
            let intake = try #require(made)
            let outcomes = try await intake.run()
            guard case .filed(let id)? = outcomes.first(where: { if case .filed = $0 { true } else { false } }) else {
                Issue.record("nothing filed: \(outcomes)")
                return
            }
            let submission = try #require(try await test.portal.submissions.submission(id: id))
            #expect(submission.orgUnitID == DemoCatalog.publicOrder.id)
            #expect(submission.serviceID == DemoCatalog.wellDrilling.id)
            #expect(submission.answers[FITConnectIncoming.dataKey]?["G60000086"]?["F60000227"] == .string("Schäfer"))
            let incoming = try #require(try await test.portal.fitConnect.incoming(remoteID: remote))
            #expect(incoming.state == .filed && incoming.eventSent)
            #expect(incoming.senderReference == "EFA-2026-0815")
            #expect(incoming.replyAddress == "juergen@example.org")

            // The accept event is in the case's event log, signed with the destination's key and naming the parts it opened.
            guard case .array(let posted)? = try await FITConnectTests.call(.GET, base + "/_test/posted/\(remote)") else {
                Issue.record("no event posted")
                return
            }
            #expect(posted.count == 1)
            let event = posted.first?["events"]?["https://schema.fitko.de/fit-connect/events/accept-submission"]
            #expect(event?["authenticationTags"]?["metadata"] != nil)
            // Picked up again (the list no longer has it; the record would stop a second case anyway).
            #expect(try await intake.run().isEmpty)
            #expect(try await intake.receive(remote, caseID: incoming.caseID) == .known)

            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "olaf", "ein-langes-passwort", now: clock.now)
                let page = try await browser.get("/intern/antraege/\(submission.reference.rawValue)")
                #expect(page.status == .ok)
                #expect(page.text.contains("FIT-Connect") && page.text.contains("EFA-2026-0815"))
                #expect(page.text.contains("Schäfer"))
                #expect(page.text.contains("Lageplan.pdf"))
                let link = try #require(page.text.firstMatch(of: /href="(\/intern\/antraege\/[^"]+\/dateien\/[^"]+)"/)?.1)
                let file = try await browser.get(String(link))
                #expect(file.status == .ok && file.text.hasPrefix("%PDF-1.7 Lageplan"))

                // The applicant gave an e-mail reply channel: reference and access code came by mail,
                // and the case page follows the case like any other.
                let mail = try #require(try await test.queuedMails().first { $0.to == "juergen@example.org" })
                #expect(mail.body.contains(submission.reference.rawValue))
                let code = try #require(mail.body.firstMatch(of: /Zugangscode[^:]*:\s*([A-Z0-9-]+)/)?.1)
                var applicant = TestBrowser(client)
                _ = try await applicant.get("/vorgang")
                let opened = try await applicant.post("/vorgang", [("aktenzeichen", submission.reference.rawValue), ("zugangscode", String(code))])
                #expect(opened.location == "/vorgang/\(submission.reference.rawValue)")
                #expect(try await applicant.get("/vorgang/\(submission.reference.rawValue)").status == .ok)
            }
        }
    }

    @Test("Picked up twice at once (a callback and the minutely run): one case, accepted once")
    func concurrentPickUp() async throws {
        guard let base = FITConnectTests.server() else { return }
        try await Self.receiving(base) { test, destination, clock in
            let remote = try await Self.send(base, destination)
            let made = test.portal.fitConnectIntake(now: { clock.now })
            let intake = try #require(made)
            let caseID = try #require(try await intake.client.pickup(remote).caseID)
            // One of the two may fail on the case's ID the other filed first; none files a second case.
            async let first = try? intake.receive(remote, caseID: caseID)
            async let second = try? intake.receive(remote, caseID: caseID)
            _ = await (first, second)
            _ = try? await intake.receive(remote, caseID: caseID)
            let incoming = try #require(try await test.portal.fitConnect.incoming(remoteID: remote))
            #expect(incoming.state == .filed && incoming.eventSent)
            let cases = try await test.portal.submissions.submissions(of: DemoCatalog.waterAuthority.id, after: nil, limit: 10)
            #expect(cases.count == 1)
            #expect(cases.first?.id == incoming.submissionID)
        }
    }

    @Test("Refused with a signed reject: a changed attachment hash, another key, an unknown service; nothing is filed")
    func rejections() async throws {
        guard let base = FITConnectTests.server() else { return }
        try await Self.receiving(base) { test, destination, clock in
            let changed = try await Self.send(base, destination, tamper: "attachment-hash")
            let wrongKey = try await Self.send(base, destination, tamper: "wrong-key")
            let unknown = try await Self.send(base, destination, service: "urn:de:fim:leika:leistung:99000000000000")
            let outcomes = try await test.portal.fitConnectIntake(now: { clock.now })!.run()
            #expect(outcomes.count == 3)
            #expect(outcomes.allSatisfy { if case .rejected = $0 { true } else { false } })
            for (remote, expected) in [(changed, "SHA-512"), (wrongKey, "encryptedMetadata"), (unknown, "LeiKa 99000000000000")] {
                let incoming = try #require(try await test.portal.fitConnect.incoming(remoteID: remote))
                #expect(incoming.state == .rejected && incoming.eventSent && incoming.submissionID == nil)
                #expect(incoming.problem?.contains(expected) == true, "\(incoming.problem ?? "")")
                guard case .array(let posted)? = try await FITConnectTests.call(.GET, base + "/_test/posted/\(remote)") else {
                    Issue.record("no event")
                    continue
                }
                #expect(posted.first?["events"]?["https://schema.fitko.de/fit-connect/events/reject-submission"]?["problems"] != nil)
            }
            #expect(try await test.portal.submissions.submissions(of: DemoCatalog.waterAuthority.id, after: nil, limit: 10).isEmpty)
        }
    }

    @Test("Callbacks: a valid HMAC-SHA512 within five minutes is taken; a wrong one, an old one or none gets 401")
    func callbacks() async throws {
        guard let base = FITConnectTests.server() else { return }
        try await Self.receiving(base) { test, _, clock in
            try await test.application().test(.router) { client in
                let body = #"{"type":"https://schema.fitko.de/fit-connect/submission-api/callbacks/new-submissions","submissionIds":[]}"#
                func post(_ timestamp: Int, secret: String = Self.callbackSecret, signature: String? = nil) async throws -> HTTPResponse.Status {
                    let mac = HMAC<SHA512>.authenticationCode(for: Data("\(timestamp).\(body)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
                    var headers = HTTPFields()
                    headers[.contentType] = "application/json"
                    headers[HTTPField.Name("callback-timestamp")!] = String(timestamp)
                    headers[HTTPField.Name("callback-authentication")!] = signature ?? mac.map { String(format: "%02x", $0) }.joined()
                    return try await client.execute(uri: "/api/v1/fit-connect/callback", method: .post, headers: headers, body: ByteBuffer(string: body))
                        .status
                }
                let now = Int(clock.now.timeIntervalSince1970)
                #expect(try await post(now) == .ok)
                #expect(try await post(now - 299) == .ok)
                #expect(try await post(now - 301) == .unauthorized)
                #expect(try await post(now + 301) == .unauthorized)
                #expect(try await post(now, secret: "ein-anderes-geheimnis-mit-mindestens-32-zeichen") == .unauthorized)
                #expect(try await post(now, signature: "abc") == .unauthorized)
                let none = try await client.execute(uri: "/api/v1/fit-connect/callback", method: .post, body: ByteBuffer(string: body))
                #expect(none.status == .unauthorized)
            }
        }
    }
}
