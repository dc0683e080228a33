import Foundation

/// A request for missing documents (Nachforderung): the case worker names what is missing and by
/// when; the applicant gets exactly those upload slots, and the case returns to the worker once
/// they are filled.
public struct DocumentRequest: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<DocumentRequest>

    /// One uploaded document, under the name it was asked for.
    public struct Delivery: Hashable, Sendable, Codable {
        public var document: String
        public var file: UploadedFile

        public init(document: String, file: UploadedFile) {
            self.document = document
            self.file = file
        }
    }

    public var id: ID
    public var submissionID: Submission.ID
    /// What is missing, one entry per upload slot: „Lageplan im Maßstab 1:1000“.
    public var documents: [String]
    public var deadline: LocalDate
    public var requestedAt: Date
    public var requestedBy: String
    public var fulfilledAt: Date?
    public var deliveries: [Delivery]

    public init(
        id: ID, submissionID: Submission.ID, documents: [String], deadline: LocalDate, requestedAt: Date, requestedBy: String,
        fulfilledAt: Date? = nil, deliveries: [Delivery] = []
    ) {
        self.id = id
        self.submissionID = submissionID
        self.documents = documents
        self.deadline = deadline
        self.requestedAt = requestedAt
        self.requestedBy = requestedBy
        self.fulfilledAt = fulfilledAt
        self.deliveries = deliveries
    }

    /// The requested documents nothing has been uploaded for yet, in the order they were asked for.
    public var pending: [String] {
        documents.filter { document in !deliveries.contains { $0.document == document } }
    }

    /// What was uploaded for one requested document.
    public func delivery(of document: String) -> Delivery? {
        deliveries.first { $0.document == document }
    }

    public enum Problem: Hashable, Sendable {
        case noDocuments
        case tooMany(max: Int)
        case documentTooLong(start: String)
        case duplicate
        case deadlineMissing
        case deadlineNotInFuture
        case deadlineTooFar
    }

    /// The documents as the case worker typed them, one per line: the first problem, or nil.
    public static func problem(documents: [String], deadline: LocalDate?, today: LocalDate) -> Problem? {
        if documents.isEmpty { return .noDocuments }
        if documents.count > 10 { return .tooMany(max: 10) }
        if let long = documents.first(where: { $0.count > 200 }) { return .documentTooLong(start: String(long.prefix(40))) }
        if Set(documents).count != documents.count { return .duplicate }
        guard let deadline else { return .deadlineMissing }
        if deadline < today.adding(days: 1) { return .deadlineNotInFuture }
        if deadline > today.adding(days: 365) { return .deadlineTooFar }
        return nil
    }

    /// When the applicant is reminded: two days before the deadline at eight in the morning, or
    /// now for a short deadline.
    public static func reminderTime(deadline: LocalDate, timeZone: TimeZone, now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let day = deadline.adding(days: -2)
        let remindAt = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 8)) ?? now
        return max(remindAt, now)
    }
}

/// The request was answered already; nothing more can be uploaded to it.
public struct RequestAlreadyFulfilled: Error, Sendable {
    public init() {}
}
