import Foundation

/// Everything filing one application writes, committed together or not at all: the submission
/// and its jobs, the draft's uploads as its attachments, the removal of the saved draft it came
/// from, the acknowledgement mail with its delivery job, and the counts that limit how often a
/// client files or an address is mailed. A crash at any point leaves either the whole filing or
/// nothing, so an acknowledged application always has its files and mail, and a failed one leaves
/// the applicant's draft to try again.
public struct Filing: Sendable {
    public var submission: Submission
    public var jobs: [Job]
    /// Uploads owned by `uploadOwner` (the draft) that become the submission's attachments.
    public var attachments: [UploadedFile.ID] = []
    public var uploadOwner: String?
    /// The saved draft ("Zwischenspeicherung") the application was resumed from.
    public var savedDraftID: String?
    /// Mails into the outbox, each with the job that delivers it.
    public var mails: [QueuedMail] = []
    /// Rate-limit keys to count one event each at the time of receipt.
    public var counts: [String] = []
    /// One delivery per hand-over channel of the service; pushed ones have their job in `jobs`.
    public var deliveries: [Delivery] = []
    /// When the case is due: the service's processing days after receipt.
    public var dueOn: LocalDate?
    /// The application waited for its payment (`PendingApplication`, same ID): it stops waiting.
    public var wasPending = false

    public init(submission: Submission, jobs: [Job]) {
        self.submission = submission
        self.jobs = jobs
    }

    /// A mail as the outbox keeps it: its ID is the delivery job's payload.
    public struct QueuedMail: Sendable, Equatable {
        public var id: String
        public var mail: Mail
        public var job: Job

        public init(id: String, mail: Mail, job: Job) {
            self.id = id
            self.mail = mail
            self.job = job
        }
    }
}
