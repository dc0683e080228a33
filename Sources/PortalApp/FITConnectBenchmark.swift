import AsyncHTTPClient
import Crypto
import Foundation
import NIOCore
import PortalCore

/// Measures FIT-Connect against the local test server (`bench-fitconnect`, issue 19's target: at
/// least 50 submissions per second each way with a 1 MB attachment on 2 cores): encrypting and
/// sending through the carrier, and picking up, decrypting, checking and filing through the intake.
public enum FITConnectBenchmark {
    public struct Result: Sendable {
        public var count: Int
        public var seconds: Double
        public var perSecond: Double { Double(count) / seconds }
    }

    static let leikaKey = "99090020276000"

    /// A destination at the test server; `store` keeps what arrives without playing the receiver.
    static func destination(_ server: String, behaviour: String) async throws -> JSONValue {
        let body = JSONValue.object([.init("behaviour", .string(behaviour)), .init("services", .array([]))])
        let (status, data) = try await post(server + "/_test/destinations", body: Data(body.jsonText.utf8))
        guard status == 201, let json = try? JSONParser.parse(Array(data)) else {
            throw AdministrationError("Der FIT-Connect-Testserver antwortet nicht (\(status)).")
        }
        return json
    }

    static func post(_ url: String, body: Data) async throws -> (Int, Data) {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.body = .bytes(ByteBuffer(data: body))
        request.headers.add(name: "content-type", value: "application/json")
        let response = try await FITConnectClient.client.execute(request, timeout: .seconds(120))
        let data = try await response.body.collect(upTo: 10 * 1024 * 1024)
        return (Int(response.status.code), Data(data.readableBytesView))
    }

    /// Sends `count` submissions with one `size`-byte attachment each, `concurrency` at a time.
    public static func send(portal: Portal, server: String, count: Int, size: Int, concurrency: Int) async throws -> Result {
        guard case .string(let destination)? = try await destination(server, behaviour: "store")["destinationId"] else {
            throw AdministrationError("Kein Zustellpunkt am Testserver.")
        }
        let client = FITConnectClient(
            settings: FITConnectSettings(
                tokenURL: server + "/token", submissionAPI: server, clientID: "sender", clientSecret: "sender-secret", publicBaseURL: "https://portal.example"))
        let carrier = FITConnectCarrier(
            client: client, reader: FITConnectEventReader(client: client), store: portal.fitConnect, timeZone: portal.configuration.timeZone, now: { Date() })
        let attachment = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let receipt = Data(repeating: 0x25, count: 30_000)
        var service = DemoCatalog.wellDrilling
        service.leikaKey = leikaKey
        let version = DemoCatalog.version(of: service, schema: DemoCatalog.wellDrillingForm, publishedAt: Date())
        let file = UploadedFile(
            id: IDGenerator.random(), name: "Lageplan.pdf", mediaType: "application/pdf", size: attachment.count,
            sha256: SHA256.hash(data: attachment).map { String(format: "%02x", $0) }.joined())
        let parcels = (0..<count).map { index -> HandoverParcel in
            let submission = Submission(
                id: IDGenerator.random(), reference: Reference("BRU-2026-0000-\(String(format: "%04d", index))") ?? Reference("BRU-2026-0000-0000")!,
                serviceID: service.id, orgUnitID: service.orgUnitID, formVersionID: version.id,
                answers: .object([.init("lageplan", .array([file.json])), .init("gemarkung", .string("Musterdorf"))]), receivedAt: Date())
            let channel = HandoverChannel(
                id: IDGenerator.random(), serviceID: service.id, target: .fitConnect(FITConnectAddress(destination: .id(destination))), createdAt: Date())
            var parcel = HandoverParcel(
                channel: channel, key: "\(index)", submissionID: submission.id,
                document: HandoverDocument(submission: submission, service: service, orgUnit: DemoCatalog.waterAuthority, version: version, files: [file]),
                receipt: receipt, mailbox: nil,
                contents: { _ in
                    AsyncThrowingStream {
                        $0.yield(attachment)
                        $0.finish()
                    }
                })
            parcel.schema = version.schema
            parcel.answers = submission.answers
            return parcel
        }
        // One round to warm up the token, the key and the connections.
        try await carrier.deliver(parcels[0])
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = 1
            for _ in 0..<min(concurrency, parcels.count - 1) {
                let parcel = parcels[next]
                next += 1
                group.addTask { try await carrier.deliver(parcel) }
            }
            while try await group.next() != nil {
                guard next < parcels.count else { continue }
                let parcel = parcels[next]
                next += 1
                group.addTask { try await carrier.deliver(parcel) }
            }
        }
        return Result(count: count - 1, seconds: Self.seconds(since: started))
    }

    /// Has the test server deliver `count` submissions with a `size`-byte attachment to a new
    /// destination, then picks them all up, `concurrency` at a time, and files them.
    public static func receive(portal: Portal, server: String, count: Int, size: Int, concurrency: Int) async throws -> Result {
        let created = try await destination(server, behaviour: "none")
        guard case .string(let destination)? = created["destinationId"], let encryption = created["encryptionKey"], let signing = created["signingKey"]
        else { throw AdministrationError("Kein Zustellpunkt am Testserver.") }
        var service = DemoCatalog.wellDrilling
        service.leikaKey = leikaKey
        if try await portal.staff.orgUnit(id: service.orgUnitID) == nil { try await portal.staff.save(DemoCatalog.waterAuthority) }
        try await portal.catalog.save(service)
        if try await portal.catalog.currentFormVersion(of: service.id) == nil {
            try await portal.catalog.publish(DemoCatalog.version(of: service, schema: DemoCatalog.wellDrillingForm, publishedAt: Date()))
        }
        let content = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 17) }).base64EncodedString()
        let body = Data(
            JSONValue.object([
                .init("destinationId", .string(destination)), .init("service", .string(FITConnectAddress.serviceIdentifier(leikaKey: leikaKey))),
                .init("data", .object([.init("gemarkung", .string("Musterdorf")), .init("bohrtiefe", .number(12))])),
                .init(
                    "attachments",
                    .array([
                        .object([.init("content", .string(content)), .init("filename", .string("Lageplan.pdf")), .init("mimeType", .string("application/pdf"))])
                    ])),
            ]).jsonText.utf8)
        for _ in 0..<count { _ = try await post(server + "/_test/deliver", body: body) }
        let settings = FITConnectSubscriberSettings(
            clientID: "subscriber", clientSecret: "subscriber-secret", destinationID: destination,
            decryptionKeys: [try RSAJWK(json: Data(encryption.jsonText.utf8))], signingKey: try RSAJWK(json: Data(signing.jsonText.utf8)), callbackSecret: nil)
        let client = FITConnectClient(
            settings: FITConnectSettings(
                tokenURL: server + "/token", submissionAPI: server, clientID: "subscriber", clientSecret: "subscriber-secret", publicBaseURL: ""))
        let intake = FITConnectIntake(
            client: client, settings: settings, store: portal.fitConnect, catalog: portal.catalog, submissions: portal.submissions, uploads: portal.uploads,
            ids: .random, references: .random, timeZone: portal.configuration.timeZone, temporaryDirectory: FileManager.default.temporaryDirectory,
            publicBaseURL: nil, now: { Date() }, logger: portal.logger)
        let started = ContinuousClock.now
        var filed = 0
        while true {
            let waiting = try await client.pickups(destination: destination)
            if waiting.isEmpty { break }
            filed += try await withThrowingTaskGroup(of: Int.self) { group in
                var next = 0
                var done = 0
                for _ in 0..<min(concurrency, waiting.count) {
                    let item = waiting[next]
                    next += 1
                    group.addTask { if case .filed = try await intake.receive(item.submissionID, caseID: item.caseID) { 1 } else { 0 } }
                }
                while let one = try await group.next() {
                    done += one
                    guard next < waiting.count else { continue }
                    let item = waiting[next]
                    next += 1
                    group.addTask { if case .filed = try await intake.receive(item.submissionID, caseID: item.caseID) { 1 } else { 0 } }
                }
                return done
            }
        }
        return Result(count: filed, seconds: Self.seconds(since: started))
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
