import Foundation

extension HandoverDocument {
    /// The webhook body: the event envelope the "Standard Webhooks" specification recommends
    /// (`type`, `timestamp`, `data`), with the content of `antrag.xml` as `data` and each file as a
    /// link to the staff API (`fileURL`) with its SHA-256.
    public func webhookBody(fileURL: (UploadedFile.ID) -> String) -> JSONValue {
        .object([
            .init("type", .string("submission.received")),
            .init("timestamp", .string(ISOTimestamp.string(receivedAt))),
            .init("data", data(fileURL: fileURL)),
        ])
    }

    func data(fileURL: (UploadedFile.ID) -> String) -> JSONValue {
        var metadata: [JSONValue.Member] = [
            .init("reference", .string(reference.rawValue)),
            .init(
                "service",
                .object(
                    [.init("slug", .string(serviceSlug)), .init("title", .string(serviceTitle))]
                        + (leikaKey.map { [.init("leikaKey", .string($0))] } ?? []))),
            .init("orgUnit", .object([.init("id", .string(orgUnitID.description)), .init("name", .string(orgUnitName))])),
            .init("receivedAt", .string(ISOTimestamp.string(receivedAt))),
            .init("formVersion", .number(Decimal(formVersion))),
            .init("trustLevel", trustLevel.map { .string($0.rawValue) } ?? .null),
            .init("fee", fee.map { .number($0) } ?? .null),
            .init(
                "payment",
                payment.map { payment in
                    .object([
                        .init("status", .string(payment.status.rawValue)), .init("amount", .number(payment.amount.euros)),
                        .init("currency", .string("EUR")), .init("transactionId", payment.transactionID.map { .string($0) } ?? .null),
                        .init("method", payment.method.map { .string($0.rawValue) } ?? .null),
                        .init("settledAt", PaymentReport.settledAt(payment).map { .string(ISOTimestamp.string($0)) } ?? .null),
                    ])
                } ?? .null),
            .init("test", .bool(isTest)),
        ]
        metadata.append(.init("answers", .array(answers.map(Self.json))))
        metadata.append(
            .init(
                "files",
                .array(
                    files.map { file in
                        .object([
                            .init("id", .string(file.id.description)), .init("name", .string(file.name)),
                            .init("mediaType", .string(file.mediaType)), .init("size", .number(Decimal(file.size))),
                            .init("sha256", .string(file.sha256)), .init("url", .string(fileURL(file.id))),
                        ])
                    })))
        return .object(metadata)
    }

    static func json(_ answer: Answer) -> JSONValue {
        var members: [JSONValue.Member] = [.init("key", .string(answer.key))]
        if let label = answer.label { members.append(.init("label", .string(label))) }
        if let id = answer.fimID { members.append(.init("fimId", .string(id))) }
        switch answer.value {
        case .values(let values): members.append(.init("values", .array(values.map { .string($0) })))
        case .fields(let answers): members.append(.init("fields", .array(answers.map(json))))
        case .entries(let entries): members.append(.init("entries", .array(entries.map { .array($0.map(json)) })))
        case .files(let ids): members.append(.init("files", .array(ids.map { .string($0.description) })))
        }
        return .object(members)
    }
}
