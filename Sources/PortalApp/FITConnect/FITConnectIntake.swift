import Crypto
import Foundation
import JWTKit
import Logging
import PortalCore
import PortalViews
import PortalWeb
import _CryptoExtras

/// The portal as a destination's subscriber: picks up submissions filed in other online services
/// (EfA/OSI), decrypts them with its private key, checks every SHA-512 against the metadata, and
/// files a case in the back office for the org unit that handles the service (by LeiKa key):
/// the Fachdaten as answers, the attachments as case files, marked with the channel and the
/// sender's reference. It then signs `accept-submission`, or `reject-submission` with the problem
/// when the content is unreadable, changed or for a service the portal does not know.
///
/// Nothing is filed twice: the case's ID is drawn and kept before filing, so a pick-up that is
/// interrupted (or delivered again) finds its record and finishes the same case.
public struct FITConnectIntake: Sendable {
    let client: FITConnectClient
    let settings: FITConnectSubscriberSettings
    let store: any FITConnectStore
    let catalog: any CatalogStore
    let submissions: any SubmissionStore
    let uploads: any UploadStore
    let ids: IDGenerator
    let references: ReferenceGenerator
    let timeZone: TimeZone
    let temporaryDirectory: URL
    /// For the link in the acknowledgement to an applicant who gave an e-mail reply channel.
    let publicBaseURL: String?
    let now: @Sendable () -> Date
    let logger: Logger
    private let signer: Task<(JWTKeyCollection, JWKIdentifier), any Error>
    /// The private keys, made once (they were checked when the configuration was read).
    private let decryption: [JWE.DecryptionKey]

    public init(
        client: FITConnectClient, settings: FITConnectSubscriberSettings, store: any FITConnectStore, catalog: any CatalogStore,
        submissions: any SubmissionStore, uploads: any UploadStore, ids: IDGenerator, references: ReferenceGenerator, timeZone: TimeZone,
        temporaryDirectory: URL, publicBaseURL: String?, now: @escaping @Sendable () -> Date, logger: Logger
    ) {
        self.publicBaseURL = publicBaseURL
        self.signer = Self.signer(settings.signingKey)
        self.decryption = settings.decryptionKeys.compactMap { try? JWE.DecryptionKey($0) }
        self.client = client
        self.settings = settings
        self.store = store
        self.catalog = catalog
        self.submissions = submissions
        self.uploads = uploads
        self.ids = ids
        self.references = references
        self.timeZone = timeZone
        self.temporaryDirectory = temporaryDirectory
        self.now = now
        self.logger = logger
    }

    public enum Outcome: Hashable, Sendable {
        case filed(Submission.ID)
        case rejected(String)
        /// Known already: nothing new (its event is sent again if it had not gone out).
        case known
    }

    /// Picks up everything waiting at the destination; returns what became of each.
    @discardableResult
    public func run() async throws -> [Outcome] {
        var outcomes: [Outcome] = []
        for (submission, caseID) in try await client.pickups(destination: settings.destinationID) {
            do {
                outcomes.append(try await receive(submission, caseID: caseID))
            } catch {
                // The next run tries again; the others are not held up by this one.
                logger.warning("FIT-Connect submission not picked up", metadata: ["submission": "\(submission)", "error": "\(error)"])
            }
        }
        return outcomes
    }

    /// Why a submission is refused: the problem the sender is told.
    struct Refusal: Error {
        var title: String
        var detail: String
        var type: String
    }

    public func receive(_ remoteID: String, caseID: String) async throws -> Outcome {
        let known = try await store.incoming(remoteID: remoteID)
        if var known, known.state != .filing {
            if !known.eventSent {
                try await sendEvent(for: known)
                known.eventSent = true
                try await store.save(known)
            }
            return .known
        }
        let pickup = try await client.pickup(remoteID)
        var incoming =
            known
            ?? FITConnectIncoming(remoteID: remoteID, caseID: pickup.caseID, submissionID: nil, state: .filing, receivedAt: now())
        do {
            let content = try await open(remoteID, pickup)
            incoming.senderReference = content.metadata.senderReference
            incoming.replyAddress = content.metadata.replyAddress
            if incoming.submissionID == nil {
                // The callback and the minutely pick-up (of this or another instance) may take up the
                // same submission at once: the first record wins, and everyone files under its ID.
                incoming.submissionID = ids()
                incoming = try await store.begin(incoming)
                guard incoming.state == .filing else { return .known }
            } else {
                try await store.save(incoming)
            }
            guard let id = incoming.submissionID else { return .known }
            if try await submissions.submission(id: id) == nil {
                try await file(content, id: id, remoteID: remoteID)
            }
            incoming.state = .filed
            try await store.save(incoming)
            try await sendEvent(for: incoming, tags: content.tags)
            incoming.eventSent = true
            try await store.save(incoming)
            logger.info("FIT-Connect submission filed", metadata: ["submission": "\(remoteID)", "case": "\(id)"])
            return .filed(id)
        } catch let refusal as Refusal {
            // An earlier run filed the case and stopped before saying so: it stays filed and accepted.
            if let id = incoming.submissionID, try await submissions.submission(id: id) != nil {
                incoming.state = .filed
                try await store.save(incoming)
                try await sendEvent(for: incoming)
                incoming.eventSent = true
                try await store.save(incoming)
                return .filed(id)
            }
            incoming.state = .rejected
            incoming.problem = "\(refusal.title): \(refusal.detail)"
            incoming.submissionID = nil
            try await store.save(incoming)
            try await sendEvent(for: incoming, refusal: refusal)
            incoming.eventSent = true
            try await store.save(incoming)
            logger.warning("FIT-Connect submission rejected", metadata: ["submission": "\(remoteID)", "problem": "\(refusal.detail)"])
            return .rejected(refusal.detail)
        }
    }

    // MARK: Opening and checking

    struct Content {
        var metadata: ReceivedMetadata
        var service: Service
        var orgUnitID: OrgUnit.ID
        var version: FormVersion
        var data: JSONValue?
        var files: [(file: UploadedFile, bytes: Data)]
        /// The GCM tags of metadata, data and each attachment, which the accept event names.
        var tags: SecurityEventToken.AuthenticationTags
    }

    private func open(_ remoteID: String, _ pickup: FITConnectClient.Pickup) async throws -> Content {
        let metadataJSON: JSONValue
        do {
            let opened = try JWE.decrypt(pickup.encryptedMetadata, keys: decryption)
            metadataJSON = try JSONParser.parse(Array(opened.plaintext))
        } catch {
            throw Refusal(title: "Metadaten nicht lesbar", detail: "encryptedMetadata: \(error)", type: Self.problemType("encryption-issue"))
        }
        let metadata: ReceivedMetadata
        do {
            metadata = try ReceivedMetadata(metadataJSON)
        } catch {
            throw Refusal(title: "Metadaten ungültig", detail: error.detail, type: Self.problemType("invalid-metadata"))
        }
        guard let leikaKey = metadata.leikaKey ?? pickup.serviceIdentifier.flatMap(ReceivedMetadata.leikaKey(of:)) else {
            throw Refusal(title: "Leistung unbekannt", detail: "no LeiKa key in publicServiceType", type: Self.problemType("unsupported-service"))
        }
        guard let service = try await catalog.publishedServices().first(where: { $0.leikaKey == leikaKey }),
            let version = try await catalog.formVersions(of: service.id).max(by: { $0.number < $1.number })
        else {
            throw Refusal(title: "Leistung unbekannt", detail: "LeiKa \(leikaKey) is not offered here", type: Self.problemType("unsupported-service"))
        }
        var tags = SecurityEventToken.AuthenticationTags(metadata: JWE.tag(of: pickup.encryptedMetadata), data: nil, attachments: [:])
        var data: JSONValue?
        if let encrypted = pickup.encryptedData {
            guard let expected = metadata.dataSHA512, let mediaType = metadata.dataMediaType else {
                throw Refusal(title: "Fachdaten nicht beschrieben", detail: "contentStructure.data missing", type: Self.problemType("invalid-metadata"))
            }
            let plaintext: Data
            do {
                plaintext = try JWE.decrypt(encrypted, keys: decryption).plaintext
            } catch {
                throw Refusal(title: "Fachdaten nicht lesbar", detail: "encryptedData: \(error)", type: Self.problemType("encryption-issue"))
            }
            guard FITConnectCarrier.sha512(plaintext) == expected else {
                throw Refusal(title: "Prüfsumme falsch", detail: "data: SHA-512 does not match the metadata", type: Self.problemType("hash-mismatch"))
            }
            if mediaType == "application/json" {
                guard let json = try? JSONParser.parse(Array(plaintext)) else {
                    throw Refusal(title: "Fachdaten nicht lesbar", detail: "data is not JSON", type: Self.problemType("syntax-violation"))
                }
                data = json
            } else {
                data = .string(String(decoding: plaintext, as: UTF8.self))
            }
            tags.data = JWE.tag(of: encrypted)
        }
        let described = Dictionary(metadata.attachments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        guard Set(described.keys) == Set(pickup.attachments) else {
            throw Refusal(
                title: "Anlagen stimmen nicht", detail: "the metadata does not describe exactly the submission's attachments",
                type: Self.problemType("missing-attachment"))
        }
        var files: [(UploadedFile, Data)] = []
        for item in metadata.attachments {
            let encrypted = try await client.attachment(submission: remoteID, attachment: item.id)
            let bytes: Data
            do {
                bytes = try JWE.decrypt(encrypted, keys: decryption).plaintext
            } catch {
                throw Refusal(title: "Anlage nicht lesbar", detail: "attachment \(item.id): \(error)", type: Self.problemType("encryption-issue"))
            }
            guard FITConnectCarrier.sha512(bytes) == item.sha512 else {
                throw Refusal(
                    title: "Prüfsumme falsch", detail: "attachment \(item.id): SHA-512 does not match the metadata", type: Self.problemType("hash-mismatch"))
            }
            tags.attachments[item.id] = JWE.tag(of: encrypted)
            let name = Self.safeName(item.filename ?? "anlage-\(files.count + 1)")
            let file = UploadedFile(id: ids(), name: name, mediaType: item.mediaType, size: bytes.count, sha256: SHA256Hex.hex(SHA256.hash(data: bytes)))
            files.append((file, bytes))
        }
        let orgUnit = try await store.route(leikaKey: leikaKey) ?? service.orgUnitID
        return Content(metadata: metadata, service: service, orgUnitID: orgUnit, version: version, data: data, files: files, tags: tags)
    }

    // MARK: Filing

    private func file(_ content: Content, id: Submission.ID, remoteID: String) async throws {
        let owner = "fitconnect:\(remoteID)"
        // Files kept by an interrupted run are replaced, so the case gets each once.
        for stale in try await uploads.files(owner: owner) { try await uploads.delete(id: stale.id, owner: owner) }
        for (file, bytes) in content.files {
            let temporary = temporaryDirectory.appendingPathComponent("fitconnect-\(UUID().uuidString)")
            try bytes.write(to: temporary)
            defer { try? FileManager.default.removeItem(at: temporary) }
            try await uploads.save(
                file, field: FITConnectIncoming.filesKey, owner: owner, expiresAt: now().addingTimeInterval(86_400), contents: temporary, now: now())
        }
        var answers: [JSONValue.Member] = []
        if let data = content.data { answers.append(.init(FITConnectIncoming.dataKey, data)) }
        if !content.files.isEmpty { answers.append(.init(FITConnectIncoming.filesKey, .array(content.files.map(\.file.json)))) }
        let receivedAt = Date(timeIntervalSince1970: (now().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        let year = LocalDate(receivedAt, in: timeZone).year
        // With an e-mail reply channel the applicant follows the case here like anyone without an
        // account: reference and access code come by mail, status and messages on the case page.
        let code = content.metadata.replyAddress.map { _ in RandomToken.accessCode() }
        for _ in 0..<5 {
            let submission = Submission(
                id: id, reference: references(prefix: content.service.referencePrefix, year: year), serviceID: content.service.id,
                orgUnitID: content.orgUnitID, formVersionID: content.version.id, answers: .object(answers), receivedAt: receivedAt,
                privacyVersion: content.service.privacy?.version, accessCodeHash: code.map { SHA256Hex.of($0.value) })
            var filing = Filing(submission: submission, jobs: [Job(id: ids(), kind: .submissionReceived, payload: id.description, runAt: receivedAt)])
            filing.attachments = content.files.map(\.file.id)
            filing.uploadOwner = owner
            filing.dueOn = content.service.processingDays.map { WorkingDays.adding($0, to: LocalDate(receivedAt, in: timeZone)) }
            if let address = content.metadata.replyAddress, let code {
                let words = Strings.for(.german)
                let mail = Mail(
                    to: address, subject: words.receiptMailSubject(submission.reference.rawValue),
                    body: words.receiptMailBody(
                        submission.reference.rawValue, content.service.title, Receipt.dateTime(receivedAt, timeZone), code.description,
                        SiteRoute.absolute(SiteRoute.caseLookup.path, base: publicBaseURL)))
                let mailID: Job.ID = ids()
                filing.mails = [.init(id: mailID.description, mail: mail, job: Job(id: ids(), kind: .sendMail, payload: mailID.description, runAt: receivedAt))]
            }
            do {
                try await submissions.file(filing)
                return
            } catch is DuplicateReference {
                continue
            }
        }
        throw IntakeError.noFreeReference
    }

    // MARK: Events

    private func sendEvent(for incoming: FITConnectIncoming, tags: SecurityEventToken.AuthenticationTags? = nil, refusal: Refusal? = nil) async throws {
        let kind: FITConnectEvent.Kind = incoming.state == .rejected ? .rejectSubmission : .acceptSubmission
        var detail = SecurityEventToken.Detail()
        if kind == .rejectSubmission {
            let problem = refusal ?? Refusal(title: "Abgelehnt", detail: incoming.problem ?? "", type: Self.problemType("rejected"))
            detail.problems = [.init(type: problem.type, title: problem.title, detail: problem.detail, instance: "submission:\(incoming.remoteID)")]
        } else {
            detail.authenticationTags = tags
        }
        let payload = SecurityEventToken(
            iss: settings.destinationID, iat: Int(now().timeIntervalSince1970), jti: UUID().uuidString.lowercased(),
            sub: "submission:\(incoming.remoteID)", txn: "case:\(incoming.caseID)", events: [kind.uri: detail])
        try await client.post(event: try await sign(payload), caseID: incoming.caseID)
    }

    func sign(_ payload: SecurityEventToken) async throws -> String {
        let (keys, kid) = try await signer.value
        var header = JWTHeader()
        header.typ = "secevent+jwt"
        return try await keys.sign(payload, kid: kid, header: header)
    }

    /// The destination's signing key, made once: the RSA key's own checks cost more than a signature.
    static func signer(_ key: RSAJWK) -> Task<(JWTKeyCollection, JWKIdentifier), any Error> {
        Task {
            guard let kid = key.kid, let d = key.d.flatMap(Base64URL.decode), let p = key.p.flatMap(Base64URL.decode),
                let q = key.q.flatMap(Base64URL.decode), let n = Base64URL.decode(key.n), let e = Base64URL.decode(key.e)
            else { throw JOSEError.keyInvalid("signing key needs kid and its private part") }
            let keys = JWTKeyCollection()
            let identifier = JWKIdentifier(string: kid)
            await keys.add(
                pss: try Insecure.RSA.PrivateKey(backing: try _RSA.Signing.PrivateKey(n: n, e: e, d: d, p: p, q: q)), digestAlgorithm: .sha512,
                kid: identifier)
            return (keys, identifier)
        }
    }

    // MARK: Helpers

    static func problemType(_ name: String) -> String { "https://schema.fitko.de/fit-connect/events/problems/\(name)" }

    /// A file name as the sender gave it, without paths or control characters.
    static func safeName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.prefix(200))
        return cleaned.isEmpty || cleaned == "." || cleaned == ".." ? "anlage" : cleaned
    }
}
