import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PortalCore

/// The staff API for Fachverfahren and DMS: list and read the submissions of the key's org unit.
struct SubmissionAPIController: Sendable {
    let catalog: any CatalogStore
    let submissions: any SubmissionStore
    let handover: any HandoverStore
    let uploads: UploadIntake
    let applicantCase: ApplicantCase
    let limits: WebDependencies.Limits
    let now: @Sendable () -> Date

    func register(on group: RouterGroup<PortalRequestContext>) {
        group.get(SiteRoute.apiSubmissions.pattern, use: index)
        group.get(SiteRoute.apiSubmission(reference: "").pattern, use: show)
        group.get(SiteRoute.apiSubmissionFile(reference: "", file: "").pattern, use: file)
    }

    func registerAcknowledgement(on group: RouterGroup<PortalRequestContext>) {
        group.post(SiteRoute.apiSubmissionAcknowledgement(reference: "").pattern, use: acknowledge)
    }

    @Sendable func index(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let key = try requireKey(context)
        let query = request.uri.queryParameters
        var after: Int64?
        if let cursor = query.get("after"), !cursor.isEmpty {
            guard cursor.count <= 19, cursor.allSatisfy(\.isNumber), let value = Int64(cursor), value >= 0 else {
                throw APIError.badRequest { $0.invalidCursor }
            }
            after = value
        }
        var limit = limits.defaultPageSize
        if let text = query.get("limit") {
            guard let value = Int(text), (1...limits.maxPageSize).contains(value) else {
                throw APIError.badRequest { [maximum = limits.maxPageSize] in $0.invalidLimit(maximum) }
            }
            limit = value
        }
        var undelivered = false
        if let text = query.get("undelivered") {
            guard text == "true" || text == "false" else { throw APIError.badRequest { $0.invalidUndelivered } }
            undelivered = text == "true"
        }
        // One more than asked tells whether there is a next page without a second query.
        let rows =
            undelivered
            ? try await handover.unacknowledged(of: key.orgUnitID, after: after, limit: limit + 1)
            : try await submissions.submissions(of: key.orgUnitID, after: after, limit: limit + 1)
        let page = rows.prefix(limit)
        // Written with the JSON writer rather than JSONEncoder: this is the hottest staff endpoint.
        let document = JSONValue.object([
            .init(
                "items",
                .array(
                    page.map { item in
                        .object([
                            .init("receivedAt", .string(APIDocuments.timestamp(item.receivedAt))),
                            .init("reference", .string(item.reference.rawValue)),
                            .init("service", .string(item.serviceSlug)),
                            .init("status", .string(item.status.rawValue)),
                            .init("test", .bool(item.isTest)),
                        ])
                    })),
            .init("next", rows.count > limit ? page.last.map { .string(String($0.sequence)) } ?? .null : .null),
        ])
        return JSONResponse.make(encoded: ByteBuffer(string: document.jsonText))
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let key = try requireKey(context)
        // Unknown, malformed and other units' references look the same from outside.
        guard let reference = Reference(try context.parameters.require("reference")),
            let submission = try await submissions.submission(reference: reference),
            submission.orgUnitID == key.orgUnitID,
            let service = try await catalog.service(id: submission.serviceID),
            let version = try await catalog.formVersion(id: submission.formVersionID),
            let caseFile = try await submissions.caseFile(of: submission.id)
        else { throw APIError.notFound { $0.submissionNotFound } }
        // A program reading personal data is audited like a person opening the case.
        try await submissions.recordAPIRead(of: submission.id, by: key.id, at: now())
        let deliveries = try await handover.deliveries(of: submission.id)
        let files = try await applicantCase.caseFiles(submission, includingDecision: true).values.sorted {
            ($0.name, $0.id.description) < ($1.name, $1.id.description)
        }
        return try JSONResponse.make(
            APIDocuments.SubmissionDocument(
                reference: submission.reference.rawValue,
                service: service.slug,
                formVersion: version.number,
                status: caseFile.status.rawValue,
                receivedAt: APIDocuments.timestamp(submission.receivedAt),
                handedOverAt: submission.handedOverAt.map(APIDocuments.timestamp),
                fee: submission.fee,
                test: submission.isTest,
                trustLevel: submission.trustLevel?.rawValue,
                answers: Self.inFormOrder(submission.answers, schema: version.schema),
                statusHistory: caseFile.history.map {
                    .init(from: $0.from.rawValue, to: $0.to.rawValue, at: APIDocuments.timestamp($0.at), note: $0.note)
                },
                deliveries: deliveries.map {
                    .init(
                        channel: $0.channelID.description, kind: $0.kind.rawValue, state: $0.state.rawValue, attempts: $0.attempts,
                        deliveredAt: $0.deliveredAt.map(APIDocuments.timestamp), lastError: $0.lastError)
                },
                files: files.map {
                    .init(
                        id: $0.id.description, name: $0.name, mediaType: $0.mediaType, size: $0.size, sha256: $0.sha256,
                        url: SiteRoute.apiSubmissionFile(reference: submission.reference.rawValue, file: $0.id.description).path)
                }
            ))
    }

    /// The Fachverfahren has the submission: its pull delivery is done. Repeating it changes nothing.
    @Sendable func acknowledge(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let key = try requireKey(context)
        guard let reference = Reference(try context.parameters.require("reference")),
            let submission = try await submissions.submission(reference: reference),
            submission.orgUnitID == key.orgUnitID
        else { throw APIError.notFound { $0.submissionNotFound } }
        guard let acknowledged = try await handover.acknowledgePull(of: submission.id, by: "apikey:\(key.id)", at: now()) else {
            throw APIError.conflict { $0.noPullChannel }
        }
        let document = JSONValue.object([
            .init("reference", .string(submission.reference.rawValue)),
            .init("acknowledgedAt", .string(APIDocuments.timestamp(acknowledged.acknowledgedAt))),
        ])
        return JSONResponse.make(encoded: ByteBuffer(string: document.jsonText))
    }

    /// One file of a case, streamed, with its SHA-256 in `Repr-Digest` (RFC 9530) so the receiver
    /// can check what it stored. Reading a file is reading personal data: audited.
    @Sendable func file(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let key = try requireKey(context)
        guard let reference = Reference(try context.parameters.require("reference")),
            let submission = try await submissions.submission(reference: reference),
            submission.orgUnitID == key.orgUnitID,
            let id = context.parameters.get("file").flatMap(UploadedFile.ID.init(string:)),
            let file = try await applicantCase.caseFiles(submission, includingDecision: true)[id]
        else { throw APIError.notFound { $0.fileNotFound } }
        try await submissions.recordAPIRead(of: submission.id, by: key.id, at: now())
        var response = uploads.download(file)
        if let digest = Self.bytes(hex: file.sha256) {
            response.headers[HTTPField.Name("Repr-Digest")!] = "sha-256=:\(Data(digest).base64EncodedString()):"
        }
        return response
    }

    private func requireKey(_ context: PortalRequestContext) throws -> APIKey {
        guard let key = context.apiKey else { throw APIError.unauthorized }
        return key
    }

    static func bytes(hex: String) -> [UInt8]? {
        guard hex.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return bytes
    }

    static func inFormOrder(_ answers: JSONValue, schema: FormSchema) -> JSONValue {
        guard case .object(let members) = answers else { return answers }
        let position = Dictionary(schema.fields.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        return .object(members.sorted { (position[$0.key] ?? .max, $0.key) < (position[$1.key] ?? .max, $1.key) })
    }
}
