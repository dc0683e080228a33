import Foundation
import PortalCore

/// Setting up a service's hand-over channels, the same for the admins' page and
/// `serviceportal handover …`: every refusal is a `HandoverChannel.Problem`, every change audited
/// with who made it.
public struct HandoverSetup: Sendable {
    let catalog: any CatalogStore
    let staff: any StaffStore
    let handover: any HandoverStore
    let audit: any AuditTrail
    /// Whether the portal has a FIT-Connect client; without one a FIT-Connect channel is refused.
    let fitConnectConfigured: Bool

    public init(catalog: any CatalogStore, staff: any StaffStore, handover: any HandoverStore, audit: any AuditTrail, fitConnectConfigured: Bool = false) {
        self.catalog = catalog
        self.staff = staff
        self.handover = handover
        self.audit = audit
        self.fitConnectConfigured = fitConnectConfigured
    }

    /// What is to be set up.
    public enum Request: Hashable, Sendable {
        case hotFolder(path: String)
        /// Without a secret one is made and returned.
        case webhook(url: String, secret: String?)
        case officeMail(attachReceipt: Bool)
        case pull
        case fitConnect(FITConnectAddress)
    }

    /// Adds a channel to a service. Returns it, and for a webhook the secret the receiver needs.
    public func add(serviceSlug: String, _ request: Request, actor: String, now: Date) async throws -> (channel: HandoverChannel, secret: WebhookSecret?) {
        guard let service = try await catalog.service(slug: serviceSlug) else { throw HandoverChannel.Problem.unknownService(serviceSlug) }
        let target: HandoverChannel.Target
        var secret: WebhookSecret?
        switch request {
        case .hotFolder(let path):
            target = .hotFolder(path: path)
        case .webhook(let url, let given):
            if let given {
                guard let parsed = WebhookSecret(given) else { throw HandoverChannel.Problem.secretInvalid }
                secret = parsed
            } else {
                secret = Self.newWebhookSecret()
            }
            target = .webhook(url: url, secret: secret!, previousSecret: nil)
        case .officeMail(let attach):
            target = .officeMail(attachReceipt: attach)
            let unit = try await staff.orgUnit(id: service.orgUnitID)
            guard let mailbox = unit?.mailbox, Mail.isPlausibleAddress(mailbox) else { throw HandoverChannel.Problem.noMailbox }
        case .pull:
            target = .pull
        case .fitConnect(let address):
            target = .fitConnect(address)
            guard fitConnectConfigured else { throw HandoverChannel.Problem.fitConnectNotConfigured }
            guard service.leikaKey != nil else { throw HandoverChannel.Problem.noLeikaKey }
        }
        try HandoverChannel.check(target)
        if case .hotFolder(let path) = target {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw HandoverChannel.Problem.folderMissing(path)
            }
        }
        let channel = HandoverChannel(id: IDGenerator.random(), serviceID: service.id, target: target, createdAt: now)
        try await handover.add(channel)
        try await audit.record(AuditEvent(id: IDGenerator.random(), actor: actor, action: .handoverChannelAdded, target: "channel:\(channel.id)", at: now))
        return (channel, secret)
    }

    /// Every channel in use with its service, in the order they were added.
    public func channels() async throws -> [(channel: HandoverChannel, service: Service?)] {
        var services: [Service.ID: Service?] = [:]
        var result: [(HandoverChannel, Service?)] = []
        for channel in try await handover.channels() {
            if services[channel.serviceID] == nil { services[channel.serviceID] = .some(try await catalog.service(id: channel.serviceID)) }
            result.append((channel, services[channel.serviceID] ?? nil))
        }
        return result
    }

    /// No new submission is handed over through it; pending deliveries fail with that reason.
    public func remove(id text: String, actor: String, now: Date) async throws {
        guard let id = HandoverChannel.ID(string: text) else { throw HandoverChannel.Problem.notAChannelID(String(text.prefix(60))) }
        do {
            try await handover.remove(id, at: now)
        } catch is NotFound {
            throw HandoverChannel.Problem.channelNotFound(text)
        }
        try await audit.record(AuditEvent(id: IDGenerator.random(), actor: actor, action: .handoverChannelRemoved, target: "channel:\(id)", at: now))
    }

    /// A new webhook secret; the old one keeps signing alongside until the next rotation.
    public func rotateSecret(id text: String, secret given: String?, actor: String, now: Date) async throws -> WebhookSecret {
        guard let id = HandoverChannel.ID(string: text) else { throw HandoverChannel.Problem.notAChannelID(String(text.prefix(60))) }
        var secret = Self.newWebhookSecret()
        if let given {
            guard let parsed = WebhookSecret(given) else { throw HandoverChannel.Problem.secretInvalid }
            secret = parsed
        }
        do {
            try await handover.rotateSecret(of: id, to: secret)
        } catch is NotFound {
            throw HandoverChannel.Problem.webhookNotFound(text)
        }
        try await audit.record(AuditEvent(id: IDGenerator.random(), actor: actor, action: .handoverSecretRotated, target: "channel:\(id)", at: now))
        return secret
    }

    static func newWebhookSecret() -> WebhookSecret {
        var generator = SystemRandomNumberGenerator()
        return WebhookSecret.make(randomBytes: (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })!
    }
}
