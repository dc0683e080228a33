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
            case .fitConnect: "FIT-Connect"
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
            case .fitConnectNotConfigured:
                "FIT-Connect is not set up in the portal (FITCONNECT_TOKEN_URL, FITCONNECT_SUBMISSION_API, FITCONNECT_CLIENT_ID, FITCONNECT_CLIENT_SECRET)."
            case .noLeikaKey: "The service has no LeiKa key; FIT-Connect cannot deliver it."
            case .noDestination(let detail): "The routing service knows no destination for this service and region (\(detail))."
            case .destinationUnusable(let detail): "The destination cannot take the application (\(detail))."
            case .fitConnectRefused(let detail): "The delivery service refused: \(detail)"
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
            case .destinationInvalid(let text):
                "“\(text)” is not a destination ID; FIT-Connect issues them as UUIDs, e.g. 9c2e0d35-0f5e-4d3a-a1b4-2c6f2f1e7a10."
            case .regionalKeyInvalid(let text): "“\(text)” is not a regional key (ARS): 12 digits for a municipality, 5 for a district."
            case .noLeikaKey: "The service has no LeiKa key. FIT-Connect only delivers services with a LeiKa key; enter it in the service catalogue first."
            case .fitConnectNotConfigured:
                "FIT-Connect is not set up in the portal. Set FITCONNECT_TOKEN_URL, FITCONNECT_SUBMISSION_API, FITCONNECT_CLIENT_ID and FITCONNECT_CLIENT_SECRET and restart the portal."
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
            case .fitConnect: "end-to-end encrypted to an authority's destination; its acceptance or rejection shows on the case"
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
        secretShownOnce: { url in "The secret for \(url) is shown only now. Enter it at the receiver; the previous one stays valid until the next change." },
        acceptedNote: "Accepted by the responsible authority via FIT-Connect.",
        rejectedNote: { problems in
            problems.isEmpty
                ? "Rejected by the responsible authority via FIT-Connect."
                : "Rejected by the responsible authority via FIT-Connect: \(problems.joined(separator: "; "))"
        },
        authorityAccepted: { "The responsible authority accepted your application on \($0)." },
        authorityRejected: { "The responsible authority rejected your application on \($0)." },
        authorityReason: "Reason",
        eventsHeading: "Events at FIT-Connect",
        event: { kind in
            switch kind {
            case .createSubmission: "created at the delivery service"
            case .submitSubmission: "completely transmitted"
            case .notifySubmission: "receiver notified"
            case .forwardSubmission: "forwarded"
            case .acceptSubmission: "accepted by the authority"
            case .rejectSubmission: "rejected by the authority"
            case .deleteSubmission: "deleted at the delivery service"
            }
        },
        fieldDestination: "Destination ID (FIT-Connect only)",
        destinationHint: "The UUID the receiving authority gives for this service.",
        fieldRegionalKey: "or regional key for the routing service (FIT-Connect only)",
        regionalKeyHint: "12 digits (ARS); the destination is then looked up per application by the LeiKa key.",
        fieldDataFormat: "Form data (FIT-Connect only)",
        dataFormat: { $0 == .json ? "JSON after the form's schema" : "antrag.xml (XML)" },
        destinationTarget: { "destination \($0)" },
        routingTarget: { "routing service, regional key \($0)" },
        receivedHeading: "Receipt",
        receivedChannel: "Received through",
        senderReference: "Reference of the sending online service",
        replyAddress: "Answers to (e-mail)",
        receivedData: "Form data",
        receivedFiles: "Attachments"
    )
}
