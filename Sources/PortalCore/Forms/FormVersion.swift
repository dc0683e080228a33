import Foundation

/// One immutable published state of a service's online form (the Form). Submissions point at
/// the exact version they were answered under, so later edits never change what was filed.
public struct FormVersion: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<FormVersion>

    public var id: ID
    public var serviceID: Service.ID
    /// 1, 2, 3 … per service, in publishing order; -1, -2 … for test copies of drafts.
    public var number: Int
    public var schema: FormSchema
    public var publishedAt: Date

    public init(id: ID, serviceID: Service.ID, number: Int, schema: FormSchema, publishedAt: Date) {
        self.id = id
        self.serviceID = serviceID
        self.number = number
        self.schema = schema
        self.publishedAt = publishedAt
    }

    /// A frozen copy of a draft that staff fill in test mode: never published, never current,
    /// but stored like a version so test submissions point at exactly what they answered.
    public var isTestCopy: Bool { number < 0 }
}
