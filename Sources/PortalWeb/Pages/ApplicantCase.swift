import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The applicant's page of one case (status, timeline, what happens next), the same whether they
/// came through their account or with reference and access code.
struct ApplicantCase: Sendable {
    let catalog: any CatalogStore
    let submissions: any SubmissionStore
    let receipts: any ReceiptStore
    let frame: PageFrame
    let now: @Sendable () -> Date

    func render(_ submission: Submission, backPath: String, receiptPath: String, _ request: Request, _ context: PortalRequestContext) async throws -> Response {
        guard let caseFile = try await submissions.caseFile(of: submission.id) else { throw PageError(.notFound) }
        let language = frame.language(request)
        let service = try await catalog.service(id: submission.serviceID)
        let timeline = [CaseStatusPage.Entry(at: frame.dateTime(submission.receivedAt), status: CaseStatus.received.label(language))]
            + caseFile.history.map { CaseStatusPage.Entry(at: frame.dateTime($0.at), status: $0.to.label(language)) }
        let reference = submission.reference.rawValue
        let isOpen = caseFile.status == .received || caseFile.status == .inProgress
        let shell = frame.shell(request, context: context, title: reference, serviceTitle: service?.title, now: now())
        var model = CaseStatusPage.Model(
            shell: shell, reference: reference, serviceTitle: service.map { $0.title(language) } ?? "", status: caseFile.status.label(language),
            timeline: timeline, nextSteps: caseFile.status.nextSteps(language),
            processingTime: isOpen ? service.flatMap { $0.processingTime.isEmpty ? nil : $0.processingTime } : nil,
            backPath: backPath
        )
        // The receipt is made by a job a moment after submitting; until then the page says so.
        model.receiptPath = try await receipts.receipt(of: submission.id) == nil ? nil : receiptPath
        return PageFrame.response(CaseStatusPage.render(model))
    }

    /// The acknowledgement of receipt as a download, once the job has made it.
    func receipt(_ submission: Submission) async throws -> Response {
        guard let pdf = try await receipts.receipt(of: submission.id) else { throw PageError(.notFound) }
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/pdf", .contentLength: String(pdf.count), .cacheControl: "private, no-store",
                .contentDisposition: "attachment; filename=\"Eingangsbestaetigung-\(submission.reference.rawValue).pdf\"",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: pdf))
        )
    }
}
