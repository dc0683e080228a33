import Foundation
import PortalCore

/// The hand-over channels behind `serviceportal handover …`.
extension Portal {
    /// What `handover add` was asked to set up.
    public enum ChannelRequest: Sendable {
        case hotFolder(path: String)
        /// Without a secret one is made and returned.
        case webhook(url: String, secret: String?)
        case officeMail(attachReceipt: Bool)
        case pull
    }

    /// Adds a channel to a service. Returns it, and for a webhook the secret the receiver needs.
    public func addHandoverChannel(serviceSlug: String, _ request: ChannelRequest, now: Date = Date()) async throws -> (
        channel: HandoverChannel, secret: WebhookSecret?
    ) {
        guard let service = try await catalog.service(slug: serviceSlug) else { throw AdministrationError("Die Leistung „\(serviceSlug)“ gibt es nicht.") }
        let target: HandoverChannel.Target
        var secret: WebhookSecret?
        switch request {
        case .hotFolder(let path):
            target = .hotFolder(path: path)
        case .webhook(let url, let given):
            if let given {
                guard let parsed = WebhookSecret(given) else {
                    throw AdministrationError("Das Geheimnis muss mit whsec_ beginnen und 24 bis 64 Byte in Base64 enthalten.")
                }
                secret = parsed
            } else {
                secret = Self.newWebhookSecret()
            }
            target = .webhook(url: url, secret: secret!, previousSecret: nil)
        case .officeMail(let attach):
            target = .officeMail(attachReceipt: attach)
            let unit = try await staff.orgUnit(id: service.orgUnitID)
            guard let mailbox = unit?.mailbox, Mail.isPlausibleAddress(mailbox) else {
                throw AdministrationError("Die Organisationseinheit der Leistung hat kein Funktionspostfach; tragen Sie es zuerst in der Verwaltung ein.")
            }
        case .pull:
            target = .pull
        }
        do {
            try HandoverChannel.check(target)
        } catch {
            throw AdministrationError(Self.words(error))
        }
        if case .hotFolder(let path) = target {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw AdministrationError("Den Ordner \(path) gibt es nicht.")
            }
        }
        let channel = HandoverChannel(id: IDGenerator.random(), serviceID: service.id, target: target, createdAt: now)
        do {
            try await handover.add(channel)
        } catch let problem as HandoverChannel.Problem {
            throw AdministrationError(Self.words(problem))
        }
        try await audit.record(
            AuditEvent(id: IDGenerator.random(), actor: "system", action: .handoverChannelAdded, target: "channel:\(channel.id)", at: now))
        return (channel, secret)
    }

    /// Every channel in use with its service's slug.
    public func handoverChannels() async throws -> [(channel: HandoverChannel, service: String)] {
        var slugs: [Service.ID: String] = [:]
        var result: [(HandoverChannel, String)] = []
        for channel in try await handover.channels() {
            if slugs[channel.serviceID] == nil { slugs[channel.serviceID] = try await catalog.service(id: channel.serviceID)?.slug ?? "?" }
            result.append((channel, slugs[channel.serviceID] ?? "?"))
        }
        return result
    }

    /// Removes a channel: no new submission is handed over through it; pending deliveries fail with that reason.
    public func removeHandoverChannel(id text: String, now: Date = Date()) async throws {
        guard let id = HandoverChannel.ID(string: text) else { throw AdministrationError("„\(text)“ ist keine Kennung eines Übergabewegs.") }
        do {
            try await handover.remove(id, at: now)
        } catch is NotFound {
            throw AdministrationError("Einen Übergabeweg \(text) gibt es nicht (mehr).")
        }
        try await audit.record(AuditEvent(id: IDGenerator.random(), actor: "system", action: .handoverChannelRemoved, target: "channel:\(id)", at: now))
    }

    /// A new webhook secret; the old one keeps signing alongside until the next rotation.
    public func rotateWebhookSecret(id text: String, secret given: String?, now: Date = Date()) async throws -> WebhookSecret {
        guard let id = HandoverChannel.ID(string: text) else { throw AdministrationError("„\(text)“ ist keine Kennung eines Übergabewegs.") }
        var secret = Self.newWebhookSecret()
        if let given {
            guard let parsed = WebhookSecret(given) else {
                throw AdministrationError("Das Geheimnis muss mit whsec_ beginnen und 24 bis 64 Byte in Base64 enthalten.")
            }
            secret = parsed
        }
        do {
            try await handover.rotateSecret(of: id, to: secret)
        } catch is NotFound {
            throw AdministrationError("Einen Webhook \(text) gibt es nicht (mehr).")
        }
        try await audit.record(AuditEvent(id: IDGenerator.random(), actor: "system", action: .handoverSecretRotated, target: "channel:\(id)", at: now))
        return secret
    }

    static func newWebhookSecret() -> WebhookSecret {
        var generator = SystemRandomNumberGenerator()
        return WebhookSecret.make(randomBytes: (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })!
    }

    static func words(_ problem: HandoverChannel.Problem) -> String {
        switch problem {
        case .folderNotAbsolute: "Der Ordner muss als absoluter Pfad ohne „..“ angegeben werden, z. B. /srv/dms/eingang."
        case .webhookAddressInvalid:
            "Die Adresse des Webhooks muss mit https:// beginnen (http:// nur für einen Empfänger auf demselben Rechner, 127.0.0.1) und darf keine Zugangsdaten enthalten."
        case .pullAlreadyConfigured: "Für diese Leistung ist der Abruf durch ein Fachverfahren schon eingerichtet."
        }
    }
}
