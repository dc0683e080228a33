import Foundation
import PortalCore
import PortalViews
import PortalWeb

/// The hand-over channels behind `serviceportal handover …` (`HandoverSetup`, shared with the
/// admins' page); the actor in the audit trail is `system`.
extension Portal {
    var handoverSetup: HandoverSetup {
        HandoverSetup(catalog: catalog, staff: staff, handover: handover, audit: audit, fitConnectConfigured: fitConnectClient != nil)
    }

    /// Adds a channel to a service. Returns it, and for a webhook the secret the receiver needs.
    public func addHandoverChannel(serviceSlug: String, _ request: HandoverSetup.Request, now: Date = Date()) async throws -> (
        channel: HandoverChannel, secret: WebhookSecret?
    ) {
        try await german { try await handoverSetup.add(serviceSlug: serviceSlug, request, actor: "system", now: now) }
    }

    /// Every channel in use with its service's slug.
    public func handoverChannels() async throws -> [(channel: HandoverChannel, service: String)] {
        try await handoverSetup.channels().map { ($0.channel, $0.service?.slug ?? "?") }
    }

    /// Removes a channel: no new submission is handed over through it; pending deliveries fail with that reason.
    public func removeHandoverChannel(id text: String, now: Date = Date()) async throws {
        try await german { try await handoverSetup.remove(id: text, actor: "system", now: now) }
    }

    /// A new webhook secret; the old one keeps signing alongside until the next rotation.
    public func rotateWebhookSecret(id text: String, secret given: String?, now: Date = Date()) async throws -> WebhookSecret {
        try await german { try await handoverSetup.rotateSecret(id: text, secret: given, actor: "system", now: now) }
    }

    /// The command line speaks German: a refusal becomes its German sentence.
    private func german<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let problem as HandoverChannel.Problem {
            throw AdministrationError(HandoverText.for(.german).problem(problem))
        }
    }
}
