import Foundation

/// What a DMS or Fachverfahren receives for one submission: its metadata, the answers in form
/// order with labels and FIM IDs, and its files with their checksums. Written as `antrag.xml`
/// (`schemas/antrag-1.xsd`) into hot folders and as JSON to webhooks; both come from this value.
public struct HandoverDocument: Hashable, Sendable {
    public var reference: Reference
    public var serviceSlug: String
    public var serviceTitle: String
    public var leikaKey: String?
    public var orgUnitID: OrgUnit.ID
    public var orgUnitName: String
    public var receivedAt: Date
    public var formVersion: Int
    public var trustLevel: TrustLevel?
    public var fee: Decimal?
    /// The fee paid online before filing: status, amount, transaction, method and time (issue 18).
    public var payment: Payment?
    public var isTest: Bool
    public var answers: [Answer]
    public var files: [UploadedFile]

    public struct Answer: Hashable, Sendable {
        public var key: String
        public var label: String?
        public var fimID: String?
        public var value: Value
    }

    public indirect enum Value: Hashable, Sendable {
        /// One value, or one per chosen option.
        case values([String])
        /// A composite answer, such as an address.
        case fields([Answer])
        /// A repeatable group: one list of answers per entry.
        case entries([[Answer]])
        /// A file field: the IDs of its files, described in `files`.
        case files([UploadedFile.ID])
    }

    public init(submission: Submission, service: Service, orgUnit: OrgUnit, version: FormVersion, files: [UploadedFile]) {
        reference = submission.reference
        serviceSlug = service.slug
        serviceTitle = service.title
        leikaKey = service.leikaKey
        orgUnitID = orgUnit.id
        orgUnitName = orgUnit.name
        receivedAt = submission.receivedAt
        formVersion = version.number
        trustLevel = submission.trustLevel
        fee = submission.fee
        isTest = submission.isTest
        answers = Self.answers(submission.answers, fields: version.schema.fields)
        // Files in the order their fields are answered, then any the answers do not name.
        let named = answers.flatMap(\.fileIDs)
        let position = Dictionary(named.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.files = files.sorted { (position[$0.id] ?? .max, $0.name) < (position[$1.id] ?? .max, $1.name) }
    }

    /// The files the answers name, in form order: what a hand-over must carry.
    public static func fileIDs(in answers: JSONValue, schema: FormSchema) -> [UploadedFile.ID] {
        Self.answers(answers, fields: schema.fields).flatMap(\.fileIDs)
    }

    /// The members of an answer object in the order of `fields`; members no field names follow
    /// by key (a form changed since, or parts of a composite answer).
    static func answers(_ json: JSONValue, fields: [FormField]) -> [Answer] {
        guard case .object(let members) = json else { return [] }
        let byKey = Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        var result: [Answer] = []
        var seen: Set<String> = []
        for field in fields {
            guard let value = byKey[field.key], !seen.contains(field.key), let converted = Self.value(value, field: field) else { continue }
            seen.insert(field.key)
            result.append(Answer(key: field.key, label: field.label, fimID: FIMElementID.of(key: field.key), value: converted))
        }
        for member in members.sorted(by: { $0.key < $1.key }) where !seen.contains(member.key) {
            guard let converted = Self.value(member.value, field: nil) else { continue }
            seen.insert(member.key)
            result.append(Answer(key: member.key, label: nil, fimID: FIMElementID.of(key: member.key), value: converted))
        }
        return result
    }

    static func value(_ json: JSONValue, field: FormField?) -> Value? {
        switch json {
        case .null: return nil
        case .bool(let flag): return .values([flag ? "true" : "false"])
        case .number(let number): return .values([Self.plain(number)])
        case .string(let text): return .values([text])
        case .object: return .fields(Self.answers(json, fields: field?.fields ?? []))
        case .array(let items):
            if field?.kind == .file || (field == nil && !items.isEmpty && items.allSatisfy { UploadedFile.reference(in: $0) != nil }) {
                return .files(items.compactMap(UploadedFile.reference(in:)))
            }
            if field?.isRepeatable == true || items.contains(where: { if case .object = $0 { true } else { false } }) {
                return .entries(items.map { Self.answers($0, fields: field?.fields ?? []) })
            }
            return .values(
                items.compactMap {
                    switch $0 {
                    case .string(let text): text
                    case .number(let number): Self.plain(number)
                    case .bool(let flag): flag ? "true" : "false"
                    default: nil
                    }
                })
        }
    }

    /// A decimal as machines read it: a point, no grouping (`1234.5`).
    static func plain(_ number: Decimal) -> String {
        var value = number
        return NSDecimalString(&value, Locale(identifier: "en_US_POSIX"))
    }
}

extension HandoverDocument.Answer {
    var fileIDs: [UploadedFile.ID] {
        switch value {
        case .values: []
        case .files(let ids): ids
        case .fields(let answers): answers.flatMap(\.fileIDs)
        case .entries(let entries): entries.flatMap { $0.flatMap(\.fileIDs) }
        }
    }
}
