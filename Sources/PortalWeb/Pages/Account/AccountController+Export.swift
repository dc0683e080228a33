import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// "Export my data" (Art. 15 and 20 GDPR): one ZIP with `daten.json` (the account, its sign-ins
/// and every application with answers, history, messages, requests and decision) and each file
/// under `dateien/<reference>/`. The archive is streamed: each file is read from the store twice,
/// once for its CRC and once to send it, so no file is held in memory whole.
extension AccountController {
    struct FileChangedDuringExport: Error {}

    @Sendable func export(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let account = try await signedIn(context) else { return PageFrame.redirect(.accountLogin) }
        func time(_ date: Date?) -> JSONValue { date.map { .string(ISOTimestamp.string($0)) } ?? .null }
        var filed: [(row: SubmissionSummary, submission: Submission)] = []
        for row in try await accounts.submissions(of: account.id) {
            if let submission = try await submissions.submission(id: row.id) { filed.append((row, submission)) }
        }
        // What was filed at a trust level is exported only as its case page is shown: at that level,
        // through the identity it was filed with.
        let current = context.sessions.session?.trustLevel ?? .basic
        var closed = false
        for entry in filed where try await !opens(entry.submission, context) { closed = true }
        if closed, let highest = filed.compactMap(\.submission.trustLevel).max() {
            let language = frame.language(request)
            return gate.page(
                request, context, minimum: highest, reason: identityText(request).exportGate(highest.label(language), highest.explanation(language)),
                current: current, returnTo: SiteRoute.accountHome.path, serviceTitle: nil,
                back: (AccountText.for(language).myAccount, SiteRoute.accountHome.path), status: .ok
            )
        }
        var archived: [(path: String, file: UploadedFile)] = []
        var cases: [JSONValue] = []
        for (row, submission) in filed {
            let caseFile = try await submissions.caseFile(of: submission.id)
            let messages = try await applicantCase.mailbox.messages(of: submission.id)
            let requests = try await applicantCase.documentRequests.requests(of: submission.id)
            let decision = try await applicantCase.decisions.decision(of: submission.id)
            var files: [JSONValue] = []
            let caseFiles = try await applicantCase.caseFiles(submission, includingDecision: true).values.sorted { $0.id.description < $1.id.description }
            for (index, file) in caseFiles.enumerated() {
                let path = "dateien/\(ZipStream.safeName(row.reference.rawValue))/\(index + 1)-\(ZipStream.safeName(file.name))"
                archived.append((path, file))
                files.append(
                    .object([
                        .init("name", .string(file.name)), .init("path", .string(path)), .init("mediaType", .string(file.mediaType)),
                        .init("size", .number(Decimal(file.size))), .init("sha256", .string(file.sha256)),
                    ]))
            }
            cases.append(
                .object([
                    .init("reference", .string(row.reference.rawValue)), .init("service", .string(row.serviceTitle)),
                    .init("receivedAt", time(submission.receivedAt)), .init("status", .string(row.status.rawValue)),
                    .init("trustLevel", submission.trustLevel.map { .string($0.rawValue) } ?? .null),
                    .init(
                        "statusHistory",
                        .array(
                            (caseFile?.history ?? []).map { change in
                                .object([.init("to", .string(change.to.rawValue)), .init("at", time(change.at))])
                            })),
                    .init("answers", submission.answers),
                    .init(
                        "messages",
                        .array(
                            messages.map { message in
                                .object([
                                    .init("fromApplicant", .bool(message.fromApplicant)), .init("author", .string(message.author)),
                                    .init("sentAt", time(message.sentAt)), .init("text", .string(message.body)),
                                ])
                            })),
                    .init(
                        "documentRequests",
                        .array(
                            requests.map { request in
                                .object([
                                    .init("documents", .array(request.documents.map(JSONValue.string))), .init("deadline", .string(request.deadline.iso)),
                                    .init("fulfilledAt", time(request.fulfilledAt)),
                                ])
                            })),
                    .init(
                        "decision",
                        decision.map { decision in
                            .object([
                                .init("outcome", .string(decision.outcome.rawValue)), .init("deliveredAt", time(decision.deliveredAt)),
                                .init("firstRetrievedAt", time(decision.firstRetrievedAt)),
                            ])
                        } ?? .null),
                    .init("files", .array(files)),
                ]))
        }
        let profile = account.profile
        let identities = try await accounts.identities(of: account.id)
        let document = JSONValue.object([
            .init(
                "account",
                .object([
                    .init("email", .string(account.email)), .init("createdAt", time(account.createdAt)), .init("verifiedAt", time(account.verifiedAt)),
                    .init("language", .string(account.language.rawValue)), .init("trustLevel", .string(account.trustLevel.rawValue)),
                    .init(
                        "profile",
                        .object([
                            .init("givenName", .string(profile.givenName)), .init("familyName", .string(profile.familyName)),
                            .init("street", .string(profile.street)),
                            .init("postalCode", .string(profile.postalCode)), .init("city", .string(profile.city)), .init("phone", .string(profile.phone)),
                        ])),
                    .init(
                        "signIns",
                        .array(
                            identities.map { identity in
                                .object([
                                    .init("provider", .string(identity.provider)), .init("subject", .string(identity.subject)),
                                    .init("trustLevel", .string(identity.trustLevel.rawValue)), .init("linkedAt", time(identity.linkedAt)),
                                    .init("lastUsedAt", time(identity.lastUsedAt)),
                                ])
                            })),
                ])),
            .init("applications", .array(cases)),
            .init("exportedAt", time(now())),
        ])
        let json = Array(document.jsonText.utf8)
        let store = applicantCase.uploads.store
        let entries = archived
        let stamp = now()
        let zone = frame.timeZone
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/zip", .cacheControl: "private, no-store",
                .contentDisposition: "attachment; filename=\"meine-daten-\(LocalDate(stamp, in: zone).iso).zip\"",
            ],
            body: ResponseBody { writer in
                var zip = ZipStream(modified: stamp, timeZone: zone)
                try await writer.write(ByteBuffer(bytes: try zip.header(name: "daten.json", size: json.count, crc: CRC32.of(json)) + json))
                for (path, file) in entries {
                    var crc = CRC32()
                    var size = 0
                    for try await chunk in store.contents(of: file.id) {
                        crc.update(chunk)
                        size += chunk.count
                    }
                    try await writer.write(ByteBuffer(bytes: try zip.header(name: path, size: size, crc: crc.value)))
                    var sent = 0
                    for try await chunk in store.contents(of: file.id) {
                        try await writer.write(ByteBuffer(bytes: chunk))
                        sent += chunk.count
                    }
                    // The header promised `size` bytes; a file changed in between would break the archive.
                    guard sent == size else { throw FileChangedDuringExport() }
                }
                try await writer.write(ByteBuffer(bytes: try zip.finish()))
                try await writer.finish(nil)
            }
        )
    }
}
