import Foundation
import PortalCore

/// `serviceportal demo`: fills an empty database with the demo Landkreis and keeps its credentials.
extension Portal {
    public struct DemoCredentials: Codable, Sendable {
        public var caseWorkerUsername: String
        public var caseWorkerPassword: String
        public var editorUsername: String
        public var editorPassword: String
        public var apiKey: String
    }

    /// Installs the demo data unless present and returns the credentials, which are also kept in
    /// `credentialsFile` (mode 0600) so every later start can print them again.
    public func installDemo(credentialsFile: String, now: Date = Date()) async throws -> DemoCredentials {
        if try await staff.orgUnit(slug: DemoCatalog.waterAuthority.slug) != nil,
           let data = FileManager.default.contents(atPath: credentialsFile),
           let credentials = try? JSONDecoder().decode(DemoCredentials.self, from: data) {
            return credentials
        }
        for unit in DemoCatalog.orgUnits {
            try await staff.save(unit)
        }
        for (service, schema) in DemoCatalog.services {
            try await catalog.save(service)
            if try await catalog.currentFormVersion(of: service.id) == nil {
                try await catalog.publish(DemoCatalog.version(of: service, schema: schema, publishedAt: now))
            }
        }
        let credentials = DemoCredentials(
            caseWorkerUsername: "wasser.sachbearbeitung", caseWorkerPassword: Self.demoPassword(),
            editorUsername: "onlineredaktion", editorPassword: Self.demoPassword(),
            apiKey: ""
        )
        var stored = credentials
        if try await staff.user(username: credentials.caseWorkerUsername) == nil {
            try await createStaffUser(
                username: credentials.caseWorkerUsername, displayName: "Sachbearbeitung Wasserbehörde",
                password: credentials.caseWorkerPassword, roles: [.caseWorker], orgUnitSlugs: [DemoCatalog.waterAuthority.slug]
            )
            try await createStaffUser(
                username: credentials.editorUsername, displayName: "Onlineredaktion",
                password: credentials.editorPassword, roles: [.editor], orgUnitSlugs: DemoCatalog.orgUnits.map(\.slug)
            )
        }
        stored.apiKey = try await createAPIKey(orgUnitSlug: DemoCatalog.waterAuthority.slug, name: "Demo-Fachverfahren Wasserbehörde", now: now).text
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard FileManager.default.createFile(atPath: credentialsFile, contents: try encoder.encode(stored), attributes: [.posixPermissions: 0o600]) else {
            throw AdministrationError("Die Zugangsdaten konnten nicht nach \(credentialsFile) geschrieben werden.")
        }
        return stored
    }

    static func demoPassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<16).map { _ in alphabet.randomElement()! })
    }
}
