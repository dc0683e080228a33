import Foundation

/// The acknowledgement-of-receipt PDFs.
public protocol ReceiptStore: Sendable {
    /// Stores the receipt once; a second save for the same submission keeps the first.
    func save(_ pdf: Data, for submission: Submission.ID, at instant: Date) async throws
    func receipt(of submission: Submission.ID) async throws -> Data?
    /// Whether the receipt is made, without reading it.
    func hasReceipt(of submission: Submission.ID) async throws -> Bool
}
