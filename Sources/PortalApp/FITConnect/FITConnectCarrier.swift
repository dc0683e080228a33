import Crypto
import Foundation
import PortalCore
import PortalWeb

/// Hands a submission to an authority's FIT-Connect destination (the version-2 flow): the
/// destination and its key, a submission at the Zustelldienst with the receipt (`report`) and
/// each file (`attachment`) announced, each attachment as a JWE, then metadata and Fachdaten as
/// JWEs. The transfer is kept after the first step, so a retry continues the same submission;
/// a delivery counts as done once the Zustelldienst has taken the submit. What the receiver
/// answers is read afterwards by `FITConnectPolling`.
struct FITConnectCarrier: HandoverCarrier {
    let kind = HandoverChannel.Kind.fitConnect
    let client: FITConnectClient?
    let reader: FITConnectEventReader?
    let store: any FITConnectStore
    let timeZone: TimeZone
    let now: @Sendable () -> Date

    func deliver(_ parcel: HandoverParcel) async throws {
        guard case .fitConnect(let address) = parcel.channel.target else { throw HandoverFailure.other("not a FIT-Connect channel") }
        guard let client else { throw HandoverFailure.fitConnectNotConfigured }
        guard let leikaKey = parcel.document.leikaKey else { throw HandoverFailure.noLeikaKey }
        do {
            try await deliver(parcel, address: address, leikaKey: leikaKey, client: client)
        } catch let failure as FITConnectFailure {
            throw Self.handoverFailure(failure)
        } catch let failure as JOSEError {
            throw HandoverFailure.destinationUnusable("\(failure)")
        }
    }

    private func deliver(_ parcel: HandoverParcel, address: FITConnectAddress, leikaKey: String, client: FITConnectClient) async throws {
        let existing = try await store.transfer(of: parcel.submissionID, through: parcel.channel.id)
        if let existing, existing.state != .created { return }
        let service = FITConnectAddress.serviceIdentifier(leikaKey: leikaKey)
        let destinationID: String
        if let existing {
            destinationID = existing.destinationID
        } else {
            switch address.destination {
            case .id(let id): destinationID = id
            case .routing(let regionalKey):
                guard let found = try await client.route(leikaKey: leikaKey, regionalKey: regionalKey) else {
                    throw HandoverFailure.noDestination("LeiKa \(leikaKey), ARS \(regionalKey)")
                }
                destinationID = found
            }
        }
        let destination = try await client.destination(destinationID)
        guard destination.status == "active" else { throw HandoverFailure.destinationUnusable("status \(destination.status.prefix(40))") }
        // The portal writes metadata 1.0.0; a destination that names its versions must take it.
        guard destination.metadataVersions.isEmpty || destination.metadataVersions.contains(FITConnectMetadata.version) else {
            throw HandoverFailure.destinationUnusable("metadata \(FITConnectMetadata.version) not accepted")
        }
        guard destination.services.isEmpty || destination.services.contains(service) else {
            throw HandoverFailure.destinationUnusable("LeiKa \(leikaKey) is not among its services")
        }
        let key = try await client.key(of: destinationID, kid: destination.encryptionKid)
        guard key.alg == nil || key.alg == "RSA-OAEP-256" else { throw HandoverFailure.destinationUnusable("key algorithm \(key.alg!.prefix(30))") }
        let publicKey = try key.encryptionKey()

        var transfer: FITConnectTransfer
        if let existing {
            transfer = existing
        } else {
            var attachments = [FITConnectTransfer.Attachment(id: Self.newID(), purpose: .report, fileID: nil)]
            attachments += parcel.document.files.map { FITConnectTransfer.Attachment(id: Self.newID(), purpose: .attachment, fileID: $0.id.description) }
            let created = try await client.createSubmission(
                destination: destinationID, service: (service, parcel.document.serviceTitle), attachments: attachments.map(\.id))
            transfer = FITConnectTransfer(
                submissionID: parcel.submissionID, channelID: parcel.channel.id, destinationID: destinationID, remoteID: created.submissionID,
                caseID: created.caseID, attachments: attachments, createdAt: now())
            try await store.save(transfer)
        }

        var parts: [FITConnectMetadata.Part] = []
        let files = Dictionary(parcel.document.files.map { ($0.id.description, $0) }, uniquingKeysWith: { first, _ in first })
        for attachment in transfer.attachments {
            let bytes: Data
            let name: String
            let mediaType: String
            if let fileID = attachment.fileID {
                guard let file = files[fileID], let id = UploadedFile.ID(string: fileID) else { throw HandoverFailure.fileMissing(fileID) }
                var collected = Data()
                for try await chunk in parcel.contents(id) { collected.append(chunk) }
                bytes = collected
                (name, mediaType) = (file.name, file.mediaType)
            } else {
                guard let receipt = parcel.receipt else { throw HandoverFailure.receiptMissing }
                bytes = receipt
                (name, mediaType) = ("eingangsbestaetigung.pdf", "application/pdf")
            }
            let jwe = try JWE.encrypt(bytes, publicKey: publicKey, kid: key.kid, contentType: mediaType)
            try await client.uploadAttachment(submission: transfer.remoteID, attachment: attachment.id, jwe: jwe)
            parts.append(FITConnectMetadata.Part(attachment: attachment, filename: name, mediaType: mediaType, sha512: Self.sha512(bytes)))
        }

        let data: Data
        let schemaURI: String
        let fileAttachments = Dictionary(transfer.attachments.compactMap { a in a.fileID.map { ($0, a.id) } }, uniquingKeysWith: { first, _ in first })
        switch address.dataFormat {
        case .json:
            let form = Fachdaten(schema: parcel.schema ?? FormSchema(steps: []))
            data = Data(form.data(parcel.answers, attachmentID: { fileAttachments[$0.description] }).jsonText.utf8)
            schemaURI =
                client.settings.publicBaseURL + SiteRoute.fachdatenSchema(service: parcel.document.serviceSlug, version: parcel.document.formVersion).path
        case .xml:
            let names = Dictionary(
                parcel.document.files.compactMap { file in fileAttachments[file.id.description].map { (file.id, $0) } }, uniquingKeysWith: { first, _ in first }
            )
            data = Data(HandoverXML.render(parcel.document, storedNames: names).utf8)
            // The XSD's namespace names it; receivers that take `antrag.xml` know the schema by it.
            schemaURI = HandoverXML.namespace
        }
        let metadata = FITConnectMetadata(
            document: parcel.document, dataSchemaURI: schemaURI, dataMediaType: address.dataFormat.mediaType, dataSHA512: Self.sha512(data),
            parts: parts, replyAddress: parcel.replyAddress, timeZone: timeZone)
        let encryptedMetadata = try JWE.encrypt(Data(metadata.json.jsonText.utf8), publicKey: publicKey, kid: key.kid, contentType: "application/json")
        let encryptedData = try JWE.encrypt(data, publicKey: publicKey, kid: key.kid, contentType: address.dataFormat.mediaType)
        var failure: FITConnectFailure?
        do {
            try await client.submit(submission: transfer.remoteID, metadata: encryptedMetadata, data: encryptedData)
        } catch {
            failure = error
        }
        if let failure {
            // A retry after a submit whose answer was lost: the event log says whether it arrived.
            var arrived = false
            if case .refused = failure, existing != nil, let reader {
                arrived = try await reader.events(remoteID: transfer.remoteID, destination: destinationID).events.contains { $0.kind == .submitSubmission }
            }
            if !arrived { throw failure }
        }
        transfer.state = .submitted
        transfer.submittedAt = now()
        transfer.nextCheckAt = now().addingTimeInterval(FITConnectTransfer.checkInterval(afterChecks: 0))
        try await store.save(transfer)
    }

    static func newID() -> String { UUID().uuidString.lowercased() }

    static func sha512(_ data: Data) -> String {
        SHA512.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static func handoverFailure(_ failure: FITConnectFailure) -> HandoverFailure {
        switch failure {
        case .unreachable(let detail): .connectionFailed(detail)
        case .unauthorized: .fitConnectRefused("401 Anmeldung am Zustelldienst abgelehnt")
        case .refused(let status, let problem): .fitConnectRefused("\(status) \(problem)".trimmingCharacters(in: .whitespaces))
        case .unexpected(let status): .receiverStatus(status)
        case .malformed(let detail): .other("FIT-Connect: \(detail)")
        }
    }
}
