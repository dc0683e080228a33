import PortalCore

extension HandoverText {
    static let english = HandoverText(
        heading: "Hand-over to specialist software and DMS",
        none: "No hand-over is set up for this service; the application is only in the inbox.",
        columnChannel: "Channel",
        columnState: "State",
        columnDetail: "Details",
        kind: { kind in
            switch kind {
            case .hotFolder: "Hot folder (DMS)"
            case .webhook: "Webhook"
            case .officeMail: "Mail to the functional mailbox"
            case .pull: "Fetched by the specialist software"
            }
        },
        pending: "pending",
        delivered: "handed over",
        failed: "failed",
        deliveredAt: { "on \($0)" },
        attempts: { $0 == 1 ? "1 attempt" : "\($0) attempts" },
        retriedByHand: { "retried by hand on \($0)" },
        retry: "Hand over again",
        retried: "The hand-over will be tried again.",
        notFailed: "This hand-over has not failed and is not started again.",
        failure: { failure in
            switch failure {
            case .folderMissing(let path): "The hot folder \(path) is missing."
            case .folderNotWritable(let path): "The portal may not write into the hot folder \(path)."
            case .diskFull(let path): "The disk of the hot folder \(path) is full."
            case .receiverStatus(let status): "The receiver answered with status \(status)."
            case .receiverRedirected(let status): "The receiver redirected (status \(status)); the portal does not follow redirects."
            case .timeout: "The receiver did not answer in time."
            case .connectionFailed(let detail): "No connection to the receiver (\(detail))."
            case .tlsFailed(let detail): "The encrypted connection to the receiver failed (\(detail))."
            case .noMailbox: "The org unit has no functional mailbox."
            case .channelRemoved: "The channel was removed."
            case .receiptMissing: "The receipt could not be made."
            case .fileMissing(let id): "An attachment (\(id)) is missing from the store."
            case .fileChanged(let id): "An attachment (\(id)) no longer matches its checksum."
            case .other(let detail): "Error: \(detail)"
            }
        }
    )
}
