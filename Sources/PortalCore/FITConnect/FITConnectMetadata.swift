import Foundation

/// The metadata of a FIT-Connect submission (schema 1.0.0 of `metadata.schema.json`): what the
/// submission contains with each part's SHA-512, the service, and what the receiver needs to
/// answer. It travels encrypted; the Zustelldienst never reads it.
public struct FITConnectMetadata: Sendable {
    public static let version = "1.0.0"

    public struct Part: Hashable, Sendable {
        public var attachment: FITConnectTransfer.Attachment
        public var filename: String
        public var mediaType: String
        /// SHA-512 of the unencrypted bytes, lower-case hex.
        public var sha512: String
        public var description: String?

        public init(attachment: FITConnectTransfer.Attachment, filename: String, mediaType: String, sha512: String, description: String? = nil) {
            self.attachment = attachment
            self.filename = filename
            self.mediaType = mediaType
            self.sha512 = sha512
            self.description = description
        }
    }

    public var document: HandoverDocument
    public var dataSchemaURI: String
    public var dataMediaType: String
    public var dataSHA512: String
    public var parts: [Part]
    /// The applicant's address, when the applicant gave one: the receiver's reply channel.
    public var replyAddress: String?
    /// The office's time zone, for the application's date.
    public var timeZone: TimeZone

    public init(
        document: HandoverDocument, dataSchemaURI: String, dataMediaType: String, dataSHA512: String, parts: [Part], replyAddress: String?,
        timeZone: TimeZone
    ) {
        self.timeZone = timeZone
        self.document = document
        self.dataSchemaURI = dataSchemaURI
        self.dataMediaType = dataMediaType
        self.dataSHA512 = dataSHA512
        self.parts = parts
        self.replyAddress = replyAddress
    }

    public var json: JSONValue {
        var members: [JSONValue.Member] = [
            .init(
                "contentStructure",
                .object([
                    .init(
                        "data",
                        .object([
                            .init("submissionSchema", .object([.init("schemaUri", .string(dataSchemaURI)), .init("mimeType", .string(dataMediaType))])),
                            .init("hash", Self.hash(dataSHA512)),
                        ])),
                    .init("attachments", .array(parts.map(Self.attachment))),
                ]))
        ]
        if let key = document.leikaKey {
            members.append(
                .init(
                    "publicServiceType",
                    .object([
                        .init("name", .string(document.serviceTitle)), .init("identifier", .string(FITConnectAddress.serviceIdentifier(leikaKey: key))),
                    ])))
        }
        // Schema 1.0.0 expects an identification report here; the portal passes on the eIDAS
        // level the applicant's sign-in reached, which is what receivers decide on.
        if let level = document.trustLevel {
            members.append(
                .init(
                    "authenticationInformation",
                    .array([
                        .object([.init("type", .string("identificationReport")), .init("version", .string("1.0.0")), .init("content", .string(level.rawValue))])
                    ])
                ))
        }
        if let payment = document.payment, let information = Self.payment(payment) { members.append(.init("paymentInformation", information)) }
        if let address = replyAddress { members.append(.init("replyChannel", .object([.init("eMail", .object([.init("address", .string(address))]))]))) }
        members.append(
            .init(
                "additionalReferenceInfo",
                .object([
                    .init("senderReference", .string(document.reference.rawValue)),
                    .init("applicationDate", .string(LocalDate(document.receivedAt, in: timeZone).iso)),
                ])))
        return .object(members)
    }

    static func hash(_ hex: String) -> JSONValue {
        .object([.init("type", .string("sha512")), .init("content", .string(hex))])
    }

    static func attachment(_ part: Part) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("attachmentId", .string(part.attachment.id)), .init("purpose", .string(part.attachment.purpose.rawValue)),
            .init("filename", .string(part.filename)), .init("mimeType", .string(Self.mediaType(part.mediaType))), .init("hash", hash(part.sha512)),
        ]
        if let description = part.description { members.append(.init("description", .string(description))) }
        return .object(members)
    }

    /// The schema allows `type/subtype` with word characters, dots, dashes and `+` only.
    static func mediaType(_ text: String) -> String {
        let base = text.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+/")
        let parts = base.split(separator: "/")
        guard parts.count == 2, base.allSatisfy(allowed.contains), !parts[0].contains("+") else { return "application/octet-stream" }
        return base
    }

    /// The payment as the metadata describes it; nil when there is no transaction to name.
    static func payment(_ payment: Payment) -> JSONValue? {
        guard let transaction = payment.transactionID else { return nil }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        let transactionID = String(transaction.filter { allowed.contains($0) }.prefix(36))
        guard !transactionID.isEmpty else { return nil }
        let status: String =
            switch payment.status {
            case .initial: "INITIAL"
            case .payed: "BOOKED"
            case .failed: "FAILED"
            case .canceled: "CANCELED"
            }
        var members: [JSONValue.Member] = [
            .init("transactionReference", .string(payment.reference ?? payment.purpose)),
            .init("transactionId", .string(transactionID)),
            .init("paymentMethod", .string(payment.method?.rawValue ?? "OTHER")),
            .init("status", .string(status)),
        ]
        if payment.amount.cents > 0 { members.append(.init("grossAmount", .number(payment.amount.euros))) }
        if payment.status == .payed, let settled = PaymentReport.settledAt(payment) {
            members.append(.init("transactionTimestamp", .string(ISOTimestamp.string(settled))))
        }
        return .object(members)
    }
}
