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
        },
        problem: { problem in
            switch problem {
            case .unknownService(let slug): "There is no service “\(slug)”."
            case .folderNotAbsolute: "The folder must be an absolute path without “..”, e.g. /srv/dms/inbox."
            case .folderMissing(let path): "The folder \(path) does not exist."
            case .webhookAddressInvalid:
                "The webhook address must start with https:// (http:// only for a receiver on the same machine, 127.0.0.1) and must not contain credentials."
            case .secretInvalid: "The secret must start with whsec_ and hold 24 to 64 bytes in base64."
            case .noMailbox: "The service's org unit has no functional mailbox; add it in the administration first."
            case .pullAlreadyConfigured: "Fetching by specialist software is already set up for this service."
            case .notAChannelID(let text): "“\(text)” is not the ID of a channel."
            case .channelNotFound(let id): "There is no channel \(id) (any more)."
            case .webhookNotFound(let id): "There is no webhook \(id) (any more)."
            }
        },
        channelsTitle: "Hand-over channels",
        channelsDescription: "where a service's applications go: DMS folder, webhook, functional mailbox, fetched by specialist software",
        channelsIntro:
            "Every new application of a service goes through each of its channels; the state of each hand-over is on the case page. Without a channel an application stays in the portal's inbox.",
        noChannels: "No channels set up yet.",
        columnService: "Service",
        columnTarget: "Target",
        columnAdded: "Set up",
        remove: "Remove",
        rotateSecret: "New secret",
        newChannel: "Set up a channel",
        fieldService: "Service",
        fieldKind: "Channel",
        kindHint: { kind in
            switch kind {
            case .hotFolder: "one folder per application with antrag.xml, acknowledgement and attachments"
            case .webhook: "a signed message to specialist software (Standard Webhooks)"
            case .officeMail: "a notice to the functional mailbox, without personal data"
            case .pull: "the specialist software fetches applications with its API key and acknowledges them"
            }
        },
        fieldFolder: "Folder (hand-over folder only)",
        folderHint: "Absolute path on the server, e.g. /srv/dms/inbox. The folder must exist.",
        fieldURL: "Address (webhook only)",
        urlHint: "https://…; http:// only for a receiver on the same machine.",
        fieldSecret: "Secret (webhook only, optional)",
        secretHint: "whsec_…; without one the portal makes one and shows it once.",
        attachReceipt: "Attach the acknowledgement as PDF (functional mailbox only)",
        attachReceiptHint: "It holds everything the application says, so personal data.",
        add: "Set up",
        officeMailTarget: "Functional mailbox of the org unit",
        withReceipt: "with acknowledgement",
        pullTarget: "Fetched through the API",
        twoSecrets: "two secrets valid",
        chooseService: "Please choose the service.",
        chooseKind: "Please choose the channel.",
        added: "The channel is set up. It applies to applications arriving from now on.",
        removed: "The channel is removed. New applications no longer go through it; pending hand-overs fail.",
        secretShownOnce: { url in "The secret for \(url) is shown only now. Enter it at the receiver; the previous one stays valid until the next change." }
    )
}
