import Foundation
import PortalTestSupport
import Testing

@testable import PortalCore

/// `antrag.xml` and the webhook body: content, order, escaping, and validity against the shipped
/// XML Schema (`schemas/antrag-1.xsd`, checked with xmllint).
@Suite("Hand-over document")
struct HandoverDocumentTests {
    static let plan = UploadedFile(
        id: Identifier(string: "0c000000-0000-4000-8000-0000000000f1")!, name: "Lageplan <neu>.pdf", mediaType: "application/pdf", size: 1234,
        sha256: String(repeating: "ab", count: 32))

    static func document(answers: JSONValue, trustLevel: TrustLevel? = .substantial, fee: Decimal? = 60) -> HandoverDocument {
        let version = FormVersion(
            id: Identifier(string: "0d000000-0000-4000-8000-000000000001")!, serviceID: Service.mock.id, number: 3, schema: .mock,
            publishedAt: TestClock.now)
        let submission = Submission(
            id: Identifier(string: "0e000000-0000-4000-8000-000000000001")!, reference: Reference("BAU-2026-K7QM-4XD2")!, serviceID: Service.mock.id,
            orgUnitID: Service.mock.orgUnitID, formVersionID: version.id, answers: answers, fee: fee, receivedAt: TestClock.now, trustLevel: trustLevel)
        let unit = OrgUnit(id: Service.mock.orgUnitID, slug: "natur", name: "Untere Naturschutzbehörde & Co")
        return HandoverDocument(submission: submission, service: .mock, orgUnit: unit, version: version, files: [plan])
    }

    static let answers = JSONValue.object([
        .init("erklaerung", .bool(true)),
        .init("name", .string("Jürgen \"Jupp\" Müller <test>")),
        .init("anschrift", .object([.init("strasse", .string("Am Markt 1")), .init("plz", .string("24534")), .init("ort", .string("Neumünster"))])),
        .init(
            "baeume",
            .array([
                .object([.init("art", .string("Stieleiche")), .init("umfang", .number(120)), .init("grund", .string("krank"))]),
                .object([.init("art", .string("Buche")), .init("umfang", .number(95.5)), .init("grund", .string("gefahr"))]),
            ])),
        .init("lageplan", .array([plan.json])),
        .init("G60000086-F60000227", .string("Zeile eins\nZeile zwei\u{1}")),
    ])

    @Test("Answers follow the form's order with labels; answers no field names follow by key, with their FIM ID")
    func order() {
        let document = Self.document(answers: Self.answers)
        #expect(document.answers.map(\.key) == ["name", "anschrift", "baeume", "lageplan", "erklaerung", "G60000086-F60000227"])
        #expect(document.answers[0].label == "Vor- und Nachname")
        #expect(document.answers[5].fimID == "F60000227")
        #expect(document.answers[5].label == nil)
        guard case .entries(let entries) = document.answers[2].value else {
            Issue.record("trees are not entries")
            return
        }
        #expect(entries.count == 2)
        #expect(entries[1].map(\.key) == ["art", "umfang", "grund"])
        #expect(entries[1][1].value == .values(["95.5"]))
        #expect(document.answers[3].value == .files([Self.plan.id]))
        #expect(document.answers[4].value == .values(["true"]))
    }

    @Test("The FIM ID is the last F or G element ID of the imported key")
    func fimID() {
        #expect(FIMElementID.of(key: "G60000086-F60000227") == "F60000227")
        #expect(FIMElementID.of(key: "G60000086-F60000227-2") == "F60000227")
        #expect(FIMElementID.of(key: "G60000086") == "G60000086")
        #expect(FIMElementID.of(key: "name") == nil)
        #expect(FIMElementID.of(key: "F123") == nil)
    }

    @Test("antrag.xml escapes every value, drops characters XML cannot carry, and validates against antrag-1.xsd")
    func xmlValidates() throws {
        let xml = HandoverXML.render(Self.document(answers: Self.answers), storedNames: [Self.plan.id: "01_Lageplan__neu_.pdf"])
        #expect(xml.contains("<aktenzeichen>BAU-2026-K7QM-4XD2</aktenzeichen>"))
        #expect(xml.contains("leikaSchluessel=\"99108005000000\""))
        #expect(xml.contains("<eingang>2026-11-30T09:15:00.000Z</eingang>"))
        #expect(xml.contains("<vertrauensniveau>substanziell</vertrauensniveau>"))
        #expect(xml.contains("<gebuehr waehrung=\"EUR\">60</gebuehr>"))
        #expect(xml.contains("Jürgen &quot;Jupp&quot; Müller &lt;test&gt;"))
        #expect(xml.contains("Untere Naturschutzbehörde &amp; Co"))
        #expect(xml.contains("<wert>Zeile eins&#10;Zeile zwei</wert>"))
        #expect(xml.contains("<dateiVerweis id=\"\(Self.plan.id)\"/>"))
        #expect(xml.contains("ablage=\"01_Lageplan__neu_.pdf\""))
        #expect(!xml.contains("\u{1}"))
        try Self.validate(xml)
        // Without account, fee and files the optional parts are left out and it still validates.
        try Self.validate(HandoverXML.render(Self.document(answers: .object([]), trustLevel: nil, fee: nil)))
    }

    @Test("A fee paid online before filing goes into antrag.xml and the webhook body with state, amount, transaction, method and time")
    func payment() throws {
        var document = Self.document(answers: Self.answers)
        var payment = Payment(
            id: Identifier(UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!), requestID: "r-1", serviceID: Service.mock.id,
            amount: MoneyAmount(cents: 6000), purpose: "BAU-2026-K7QM-4XD2 Gebuehr", transactionID: "T-<4711>", status: .payed, method: .giropay,
            createdAt: Date(timeIntervalSince1970: 1_764_493_200), checkedAt: Date(timeIntervalSince1970: 1_764_493_260))
        document.payment = payment
        let xml = HandoverXML.render(document)
        #expect(xml.contains("<zahlung status=\"PAYED\">"))
        #expect(xml.contains("<betrag waehrung=\"EUR\">60.00</betrag>"))
        #expect(xml.contains("<transaktion>T-&lt;4711&gt;</transaktion>"))
        #expect(xml.contains("<zahlart>GIROPAY</zahlart>"))
        #expect(xml.contains("<zeitpunkt>2025-11-30T09:01:00.000Z</zeitpunkt>"))
        try Self.validate(xml)
        let data = document.webhookBody(fileURL: { "\($0)" })["data"]
        #expect(data?["payment"]?["status"] == .string("PAYED"))
        #expect(data?["payment"]?["transactionId"] == .string("T-<4711>"))
        #expect(data?["payment"]?["amount"] == .number(60))
        // An open one (no time, no method) still validates.
        payment.status = .initial
        payment.method = nil
        document.payment = payment
        try Self.validate(HandoverXML.render(document))
        #expect(Receipt.paymentLine(payment, TimeZone(identifier: "Europe/Berlin")!).hasPrefix("60,00"))
    }

    @Test("The webhook body carries the same content with links to the files")
    func webhookBody() throws {
        let body = Self.document(answers: Self.answers).webhookBody(fileURL: { "https://portal.example/api/v1/submissions/x/files/\($0)" })
        #expect(body["type"] == .string("submission.received"))
        let data = body["data"]
        #expect(data?["reference"] == .string("BAU-2026-K7QM-4XD2"))
        #expect(data?["trustLevel"] == .string("substanziell"))
        guard case .array(let files)? = data?["files"], case .array(let answers)? = data?["answers"] else {
            Issue.record("no files or answers")
            return
        }
        #expect(files.first?["sha256"] == .string(Self.plan.sha256))
        #expect(files.first?["url"] == .string("https://portal.example/api/v1/submissions/x/files/\(Self.plan.id)"))
        #expect(answers.first?["label"] == .string("Vor- und Nachname"))
    }

    @Test("Webhook secrets: whsec_ and 24 to 64 bytes of Base64; the text never shows in descriptions")
    func secrets() {
        let secret = WebhookSecret("whsec_" + Data(repeating: 7, count: 32).base64EncodedString())
        #expect(secret?.key == [UInt8](repeating: 7, count: 32))
        #expect(secret.map { "\($0)" } == "whsec_…")
        #expect(WebhookSecret("whsec_" + Data(repeating: 7, count: 8).base64EncodedString()) == nil)
        #expect(WebhookSecret("sec_" + Data(repeating: 7, count: 32).base64EncodedString()) == nil)
        #expect(WebhookSecret("whsec_kein base64!") == nil)
    }

    @Test("Channel targets: absolute folders, https receivers (http only on the loopback), no credentials in the address")
    func targets() {
        let secret = WebhookSecret("whsec_" + Data(repeating: 1, count: 32).base64EncodedString())!
        func accepted(_ target: HandoverChannel.Target) -> Bool { (try? HandoverChannel.check(target)) != nil }
        #expect(accepted(.hotFolder(path: "/srv/dms/eingang")))
        #expect(!accepted(.hotFolder(path: "dms/eingang")))
        #expect(!accepted(.hotFolder(path: "/srv/../etc")))
        #expect(accepted(.webhook(url: "https://fachverfahren.example/eingang", secret: secret, previousSecret: nil)))
        #expect(accepted(.webhook(url: "http://127.0.0.1:9000/hook", secret: secret, previousSecret: nil)))
        #expect(!accepted(.webhook(url: "http://fachverfahren.example/eingang", secret: secret, previousSecret: nil)))
        #expect(!accepted(.webhook(url: "https://nutzer:geheim@fachverfahren.example/", secret: secret, previousSecret: nil)))
        #expect(!accepted(.webhook(url: "ftp://fachverfahren.example/", secret: secret, previousSecret: nil)))
    }

    @Test(
        "A failure's stored form reads back as the same failure",
        arguments: [
            HandoverFailure.folderMissing("/srv/dms"), .folderNotWritable("/srv/dms"), .diskFull("/srv/dms"), .receiverStatus(503),
            .receiverRedirected(302), .timeout, .connectionFailed("refused"), .tlsFailed("certificate"), .noMailbox, .channelRemoved,
            .receiptMissing, .fileMissing("x"), .fileChanged("y"), .other("what happened"),
        ])
    func failureRoundTrip(failure: HandoverFailure) {
        #expect(HandoverFailure(stored: failure.stored) == failure)
    }

    static func validate(_ xml: String) throws {
        let problems = try XMLSchemaCheck.problems(xml: xml)
        #expect(problems == nil, "\(problems ?? "")")
    }
}
