import Foundation
import PortalCore
import PortalTestSupport
import Testing

@testable import PortalApp

/// What travels inside FIT-Connect's encrypted parts: the Fachdaten shaped as the form (named by
/// FIM element IDs), their JSON Schema, and the metadata (schema 1.0.0).
@Suite("FIT-Connect data and metadata")
struct FITConnectDataTests {
    /// A form as the FIM importer names its fields: groups, a repeatable group, a file field.
    static let form = FormSchema(steps: [
        FormStep(
            title: "Antragsteller",
            fields: [
                FormField(
                    key: "G60000086", kind: .group, label: "Antragsteller",
                    fields: [
                        FormField(key: "G60000086-F60000227", kind: .text, label: "Familienname"),
                        FormField(key: "G60000086-F60000228", kind: .text, label: "Vorname", isRequired: false),
                        FormField(key: "G60000086-F60000229", kind: .date, label: "Geburtsdatum"),
                    ]),
                FormField(
                    key: "G60000200", kind: .group, label: "Nachweis",
                    fields: [
                        FormField(
                            key: "G60000200-F60000301", kind: .singleChoice, label: "Art",
                            options: [ChoiceOption(value: "001", label: "Bescheinigung"), ChoiceOption(value: "002", label: "Attest")]),
                        FormField(key: "G60000200-F60000302", kind: .integer, label: "Seiten", isRequired: false),
                    ], repetition: Repetition(min: 1, max: 3, itemName: "Nachweis")),
                FormField(key: "F60000400", kind: .file, label: "Unterlagen", constraints: .init(maxFiles: 5)),
                FormField(key: "hinweis", kind: .staticText, label: "Bitte beachten"),
                FormField(key: "zustimmung", kind: .consent, label: "Ich stimme zu"),
            ])
    ])

    static let file = UploadedFile(
        id: Identifier(UUID()), name: "Attest.pdf", mediaType: "application/pdf", size: 10, sha256: String(repeating: "a", count: 64))

    static let answers = JSONValue.object([
        .init("G60000086-F60000227", .string("Müller")),
        .init("G60000086-F60000229", .string("1980-04-01")),
        .init(
            "G60000200",
            .array([
                .object([.init("G60000200-F60000301", .string("001")), .init("G60000200-F60000302", .number(2))]),
                .object([.init("G60000200-F60000301", .string("002"))]),
            ])),
        .init("F60000400", .array([file.json])),
        .init("zustimmung", .bool(true)),
    ])

    @Test("Fachdaten nest as the form does, named by FIM IDs; files name the attachment that carries them")
    func data() throws {
        let data = Fachdaten(schema: Self.form).data(Self.answers, attachmentID: { $0 == Self.file.id ? "att-1" : nil })
        #expect(
            data.jsonText
                == #"{"G60000086":{"F60000227":"Müller","F60000229":"1980-04-01"},"G60000200":[{"F60000301":"001","F60000302":2},{"F60000301":"002"}],"F60000400":["att-1"],"zustimmung":true}"#
        )
    }

    @Test("The JSON Schema names types, options, required fields and the repeat's bounds")
    func schema() throws {
        let schema = Fachdaten(schema: Self.form).jsonSchema(id: "https://portal.example/schemas/fachdaten/x/1", title: "Test (Fassung 1)")
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(schema["$id"] == .string("https://portal.example/schemas/fachdaten/x/1"))
        let person = schema["properties"]?["G60000086"]
        #expect(person?["type"] == .string("object"))
        #expect(person?["required"] == .array([.string("F60000227"), .string("F60000229")]))
        #expect(person?["properties"]?["F60000229"]?["format"] == .string("date"))
        let proof = schema["properties"]?["G60000200"]
        #expect(proof?["type"] == .string("array"))
        #expect(proof?["minItems"] == .number(1))
        #expect(proof?["maxItems"] == .number(3))
        #expect(proof?["items"]?["properties"]?["F60000301"]?["enum"] == .array([.string("001"), .string("002")]))
        #expect(proof?["items"]?["properties"]?["F60000302"]?["type"] == .string("integer"))
        #expect(schema["properties"]?["F60000400"]?["maxItems"] == .number(5))
        #expect(schema["properties"]?["zustimmung"]?["type"] == .string("boolean"))
        #expect(schema["properties"]?["hinweis"] == nil, "static text carries no data")
    }

    @Test("Metadata: content structure with SHA-512s, service by LeiKa URN, trust level, payment, reply address and our reference")
    func metadata() throws {
        let service = Service.mock
        let version = FormVersion(id: Identifier(UUID()), serviceID: service.id, number: 2, schema: Self.form, publishedAt: TestClock.now)
        var submission = Submission(
            id: Identifier(UUID()), reference: Reference("BRU-2026-K7QM-4XD2")!, serviceID: service.id, orgUnitID: service.orgUnitID,
            formVersionID: version.id, answers: Self.answers, receivedAt: TestClock.now)
        submission.trustLevel = .substantial
        var document = HandoverDocument(
            submission: submission, service: service, orgUnit: DemoCatalog.waterAuthority, version: version, files: [Self.file])
        var payment = Payment(
            id: Identifier(UUID()), requestID: "r1", serviceID: service.id, amount: MoneyAmount(cents: 3050), purpose: "BRU-2026-K7QM-4XD2 Faellung",
            status: .payed, createdAt: TestClock.now)
        payment.transactionID = "tx-4711/ä"
        payment.method = .creditCard
        payment.checkedAt = TestClock.now
        document.payment = payment
        let hash = String(repeating: "0", count: 128)
        let metadata = FITConnectMetadata(
            document: document, dataSchemaURI: "https://portal.example/schemas/fachdaten/test/2", dataMediaType: "application/json", dataSHA512: hash,
            parts: [
                .init(
                    attachment: .init(id: "0d9c6a48-3f2e-4b58-9d0a-6a2f1b7c8e11", purpose: .report, fileID: nil), filename: "eingangsbestaetigung.pdf",
                    mediaType: "application/pdf",
                    sha512: hash),
                .init(
                    attachment: .init(id: "5b0f4f4e-1c5e-4a4e-8b0a-2f3c4d5e6f70", purpose: .attachment, fileID: "f"), filename: "Attest.pdf",
                    mediaType: "image/jpeg; q=1", sha512: hash),
            ], replyAddress: "erika@example.org", timeZone: TestClock.timeZone
        ).json
        #expect(metadata["contentStructure"]?["data"]?["submissionSchema"]?["mimeType"] == .string("application/json"))
        #expect(metadata["contentStructure"]?["data"]?["hash"]?["type"] == .string("sha512"))
        guard case .array(let attachments)? = metadata["contentStructure"]?["attachments"] else {
            Issue.record("no attachments")
            return
        }
        #expect(attachments.map { $0["purpose"] } == [.string("report"), .string("attachment")])
        #expect(attachments[1]["mimeType"] == .string("image/jpeg"), "parameters are not part of the schema's media type")
        #expect(metadata["publicServiceType"]?["identifier"] == .string("urn:de:fim:leika:leistung:99108005000000"))
        #expect(
            metadata["authenticationInformation"]
                == .array([
                    .object([
                        .init("type", .string("identificationReport")), .init("version", .string("1.0.0")), .init("content", .string("substanziell")),
                    ])
                ]))
        #expect(metadata["paymentInformation"]?["transactionId"] == .string("tx-4711"), "only the characters the schema allows")
        #expect(metadata["paymentInformation"]?["status"] == .string("BOOKED"))
        #expect(metadata["paymentInformation"]?["paymentMethod"] == .string("CREDITCARD"))
        #expect(metadata["paymentInformation"]?["grossAmount"] == .number(Decimal(string: "30.5")!))
        #expect(metadata["replyChannel"]?["eMail"]?["address"] == .string("erika@example.org"))
        #expect(metadata["additionalReferenceInfo"]?["senderReference"] == .string("BRU-2026-K7QM-4XD2"))
        #expect(metadata["additionalReferenceInfo"]?["applicationDate"] == .string(LocalDate(TestClock.now, in: TestClock.timeZone).iso))

        // What the portal sends passes what the portal checks when it receives, and reads back.
        let read = try ReceivedMetadata(metadata)
        #expect(read.leikaKey == "99108005000000" && read.replyAddress == "erika@example.org" && read.senderReference == "BRU-2026-K7QM-4XD2")
        #expect(read.attachments.map(\.purpose) == ["report", "attachment"])
    }

    @Test(
        "Received metadata is checked against schema 1.0.0: each violation is named with its path",
        arguments: [
            (
                #"{"contentStructure": {"attachments": []}, "replyChannel": {"eMail": {"address": "a@example.org"}, "deMail": {"address": "b@example.org"}}}"#,
                "replyChannel"
            ),
            (
                #"{"contentStructure": {"attachments": [{"attachmentId": "x", "purpose": "report", "mimeType": "application/pdf", "hash": {"type": "sha512", "content": "\#(String(repeating: "a", count: 128))"}}]}}"#,
                "contentStructure.attachments[0].attachmentId"
            ),
            (#"{"contentStructure": {"attachments": []}, "publicServiceType": {"identifier": "leika:99108005000000"}}"#, "publicServiceType.identifier"),
            (
                #"{"contentStructure": {"attachments": []}, "paymentInformation": {"transactionId": "t1", "transactionReference": "r", "paymentMethod": "CASH", "status": "BOOKED"}}"#,
                "paymentInformation.paymentMethod"
            ),
            (
                #"{"contentStructure": {"attachments": []}, "paymentInformation": {"transactionId": "t1", "transactionReference": "r", "paymentMethod": "OTHER", "status": "BOOKED", "grossAmount": 1.005}}"#,
                "paymentInformation.grossAmount"
            ),
            (
                #"{"contentStructure": {"attachments": []}, "authenticationInformation": [{"type": "identificationReport", "version": "01.0.0", "content": "x"}]}"#,
                "authenticationInformation[0].version"
            ),
            (
                #"{"contentStructure": {"data": {"hash": {"type": "sha256", "content": "ab"}, "submissionSchema": {"schemaUri": "https://x.example/s", "mimeType": "application/json"}}, "attachments": []}}"#,
                "contentStructure.data.hash.type"
            ),
            (
                #"{"contentStructure": {"attachments": []}, "additionalReferenceInfo": {"applicationDate": "05.12.2026"}}"#,
                "additionalReferenceInfo.applicationDate"
            ),
            (#"{"contentStructure": {}}"#, "contentStructure.attachments"),
        ])
    func metadataViolations(json: String, path: String) throws {
        let value = try JSONParser.parse(Array(json.utf8))
        #expect(throws: ReceivedMetadata.Problem.self) { try ReceivedMetadata(value) }
        do {
            _ = try ReceivedMetadata(value)
        } catch {
            #expect(error.detail.hasPrefix("metadata 1.0.0: \(path):"), "\(error.detail)")
        }
    }

    @Test("Destination IDs, regional keys and stored targets; a channel's address is checked before it is kept")
    func addresses() throws {
        #expect(FITConnectAddress.destinationID(" 9C2E0D35-0F5E-4D3A-A1B4-2C6F2F1E7A10 ") == "9c2e0d35-0f5e-4d3a-a1b4-2c6f2f1e7a10")
        #expect(FITConnectAddress.destinationID("9c2e0d35") == nil)
        #expect(FITConnectAddress.isRegionalKey("010570044012"))
        #expect(!FITConnectAddress.isRegionalKey("0105700440"))
        #expect(!FITConnectAddress.isRegionalKey("01057004401x"))
        let routed = FITConnectAddress(destination: .routing(regionalKey: "01057"), dataFormat: .xml)
        #expect(FITConnectAddress(storedTarget: routed.storedTarget, dataFormat: "xml") == routed)
        #expect(throws: HandoverChannel.Problem.destinationInvalid("nicht-da")) {
            try HandoverChannel.check(.fitConnect(FITConnectAddress(destination: .id("nicht-da"))))
        }
        #expect(throws: HandoverChannel.Problem.regionalKeyInvalid("123")) {
            try HandoverChannel.check(.fitConnect(FITConnectAddress(destination: .routing(regionalKey: "123"))))
        }
        #expect(FITConnectEvent.Kind(uri: "https://schema.fitko.de/fit-connect/events/accept-submission") == .acceptSubmission)
        #expect(FITConnectEvent.Kind(uri: "https://example.org/events/accept-submission") == nil)
        #expect(FITConnectTransfer.checkInterval(afterChecks: 0) == 60)
        #expect(FITConnectTransfer.checkInterval(afterChecks: 3) == 480)
        #expect(FITConnectTransfer.checkInterval(afterChecks: 40) == 6 * 3600)
    }
}
