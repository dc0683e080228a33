import Foundation
import PortalCore

/// The files sent with a mailbox message, from either side: the same rules as a form's file
/// field (`CaseMessage.attachmentField`), stored with the case. A refused file refuses the message.
enum MessageAttachments {
    struct Failure: Error {
        var message: String
    }

    static func read(
        _ context: PortalRequestContext, uploads: UploadIntake, for submission: Submission, message: CaseMessage.ID,
        language: Language
    ) async throws -> Result<[UploadedFile], Failure> {
        let incoming = context.files.filter { $0.field == "anhang" && $0.size > 0 }
        let field = CaseMessage.attachmentField
        guard incoming.count <= field.constraints.fileCount else {
            return .failure(Failure(message: ValidationProblem.tooManyFiles(field.constraints.fileCount).message(label: field.label, language: language)))
        }
        let owner = "nachricht-\(message)"
        var files: [UploadedFile] = []
        for file in incoming {
            switch await uploads.accept(file, for: field, owner: owner) {
            case .success(let accepted): files.append(accepted)
            case .failure(let problem): return .failure(Failure(message: "\(file.name): " + problem.message(label: field.label, language: language)))
            }
        }
        try await uploads.store.attach(files.map(\.id), owner: owner, to: submission.id)
        return .success(files)
    }
}
