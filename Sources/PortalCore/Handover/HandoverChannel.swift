import Foundation

/// One way a service's submissions reach the systems where the work is done. A service may have
/// several; each submission gets one `Delivery` per channel when it is filed.
public struct HandoverChannel: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<HandoverChannel>

    public enum Target: Hashable, Sendable {
        /// A folder a DMS watches: one folder per submission, complete when `.fertig` appears.
        case hotFolder(path: String)
        /// A signed HTTPS POST ("Standard Webhooks"). During a rotation the previous secret signs too.
        case webhook(url: String, secret: WebhookSecret, previousSecret: WebhookSecret?)
        /// A notice to the org unit's functional mailbox; personal data only as the receipt PDF, if chosen.
        case officeMail(attachReceipt: Bool)
        /// A Fachverfahren fetches the submission with its API key and acknowledges it.
        case pull
        /// End-to-end encrypted to an authority's FIT-Connect destination (issue 19).
        case fitConnect(FITConnectAddress)
    }

    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case hotFolder = "hot-folder"
        case webhook
        case officeMail = "office-mail"
        case pull
        case fitConnect = "fit-connect"
    }

    public var id: ID
    public var serviceID: Service.ID
    public var target: Target
    public var createdAt: Date

    public init(id: ID, serviceID: Service.ID, target: Target, createdAt: Date) {
        self.id = id
        self.serviceID = serviceID
        self.target = target
        self.createdAt = createdAt
    }

    public var kind: Kind {
        switch target {
        case .hotFolder: .hotFolder
        case .webhook: .webhook
        case .officeMail: .officeMail
        case .pull: .pull
        case .fitConnect: .fitConnect
        }
    }

    /// Why a channel cannot be added, removed or given a new secret.
    public enum Problem: Error, Hashable, Sendable {
        case unknownService(String)
        case folderNotAbsolute
        case folderMissing(String)
        /// Only `https://`, or `http://` to the loopback address (a receiver on the same machine).
        case webhookAddressInvalid
        /// Not `whsec_` with 24 to 64 bytes in base64.
        case secretInvalid
        /// The office mail needs the org unit's functional mailbox.
        case noMailbox
        /// A second pull channel for the same service would be acknowledged twice.
        case pullAlreadyConfigured
        case notAChannelID(String)
        case channelNotFound(String)
        case webhookNotFound(String)
        /// Not a UUID as FIT-Connect gives destinations.
        case destinationInvalid(String)
        /// Not 2, 5, 9 or 12 digits.
        case regionalKeyInvalid(String)
        /// FIT-Connect names services by their LeiKa key; the catalogue entry has none.
        case noLeikaKey
        /// The portal has no FIT-Connect client (`FITCONNECT_…` settings).
        case fitConnectNotConfigured
    }

    /// Checks a target before it is stored.
    public static func check(_ target: Target) throws(Problem) {
        switch target {
        case .hotFolder(let path):
            guard path.hasPrefix("/"), !path.split(separator: "/").contains(".."), !path.contains("\0") else { throw .folderNotAbsolute }
        case .webhook(let url, _, _):
            guard Self.isAllowedWebhookAddress(url) else { throw .webhookAddressInvalid }
        case .officeMail, .pull:
            break
        case .fitConnect(let address):
            switch address.destination {
            case .id(let id): guard FITConnectAddress.destinationID(id) == id else { throw .destinationInvalid(String(id.prefix(60))) }
            case .routing(let key): guard FITConnectAddress.isRegionalKey(key) else { throw .regionalKeyInvalid(String(key.prefix(60))) }
            }
        }
    }

    static func isAllowedWebhookAddress(_ text: String) -> Bool {
        guard text.count <= 2000, let url = URL(string: text), let host = url.host, !host.isEmpty, url.user == nil, url.password == nil,
            url.fragment == nil
        else { return false }
        switch url.scheme?.lowercased() {
        case "https": return true
        case "http": return host == "127.0.0.1" || host == "localhost" || host == "::1" || host == "[::1]"
        default: return false
        }
    }
}
