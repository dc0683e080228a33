import Foundation
import PortalCore

/// `serviceportal demo`: fills an empty database with the demo Landkreis and keeps its credentials.
extension Portal {
    public struct DemoCredentials: Codable, Sendable {
        public var caseWorkerUsername: String
        public var caseWorkerPassword: String
        public var editorUsername: String
        public var editorPassword: String
        /// The department's reviewer (Untere Wasserbehörde and Ordnungsamt); absent in data from before the review loop.
        public var reviewerUsername: String?
        public var reviewerPassword: String?
        /// Writes the portal pages (help, imprint …); absent in data from before.
        public var adminUsername: String?
        public var adminPassword: String?
        /// Sees the statistics of every unit; absent in data from before.
        public var statisticsUsername: String?
        public var statisticsPassword: String?
        /// The Kasse of every unit (online payments); absent in data from before.
        public var treasuryUsername: String?
        public var treasuryPassword: String?
        public var apiKey: String
    }

    /// Installs the demo data unless present and returns the credentials, which are also kept in
    /// `credentialsFile` (mode 0600) so every later start can print them again. Without any event yet,
    /// a year of made-up use is added for the statistics (`withStatistics`).
    public func installDemo(credentialsFile: String, withStatistics: Bool = true, now: Date = Date()) async throws -> DemoCredentials {
        if withStatistics, try await events.firstEventAt() == nil { try await seedDemoStatistics(now: now) }
        if try await staff.orgUnit(slug: DemoCatalog.waterAuthority.slug) != nil,
            let data = FileManager.default.contents(atPath: credentialsFile),
            var credentials = try? JSONDecoder().decode(DemoCredentials.self, from: data)
        {
            if credentials.reviewerUsername == nil || credentials.adminUsername == nil || credentials.statisticsUsername == nil
                || credentials.treasuryUsername == nil
            {
                credentials.reviewerUsername = credentials.reviewerUsername ?? "fachabteilung.pruefung"
                credentials.reviewerPassword = credentials.reviewerPassword ?? Self.demoPassword()
                credentials.adminUsername = credentials.adminUsername ?? "portaladmin"
                credentials.adminPassword = credentials.adminPassword ?? Self.demoPassword()
                credentials.statisticsUsername = credentials.statisticsUsername ?? "statistik"
                credentials.statisticsPassword = credentials.statisticsPassword ?? Self.demoPassword()
                credentials.treasuryUsername = credentials.treasuryUsername ?? "kasse"
                credentials.treasuryPassword = credentials.treasuryPassword ?? Self.demoPassword()
                try await addLaterDemoAccounts(credentials)
                try write(credentials, to: credentialsFile)
            }
            return credentials
        }
        for unit in DemoCatalog.orgUnits {
            try await staff.save(unit)
        }
        for (service, schema) in DemoCatalog.services {
            var service = service
            // FIT-Connect names services by LeiKa key; the demo's tree felling carries its real one.
            service.leikaKey = service.leikaKey ?? DemoCatalog.leikaKeys[service.slug]
            try await catalog.save(service)
            if try await catalog.currentFormVersion(of: service.id) == nil {
                try await catalog.publish(DemoCatalog.version(of: service, schema: schema, publishedAt: now))
            }
        }
        let credentials = DemoCredentials(
            caseWorkerUsername: "wasser.sachbearbeitung", caseWorkerPassword: Self.demoPassword(),
            editorUsername: "onlineredaktion", editorPassword: Self.demoPassword(),
            reviewerUsername: "fachabteilung.pruefung", reviewerPassword: Self.demoPassword(),
            adminUsername: "portaladmin", adminPassword: Self.demoPassword(),
            statisticsUsername: "statistik", statisticsPassword: Self.demoPassword(),
            treasuryUsername: "kasse", treasuryPassword: Self.demoPassword(),
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
                password: credentials.editorPassword, roles: [.editor], orgUnitSlugs: DemoCatalog.orgUnits.map(\.slug),
                email: "onlineredaktion@landkreis.example"
            )
            try await addLaterDemoAccounts(credentials)
        }
        stored.apiKey = try await createAPIKey(orgUnitSlug: DemoCatalog.waterAuthority.slug, name: "Demo-Fachverfahren Wasserbehörde", now: now).text
        try write(stored, to: credentialsFile)
        return stored
    }

    /// Accounts that came with later versions of the demo, added to older demo data too.
    private func addLaterDemoAccounts(_ credentials: DemoCredentials) async throws {
        if let username = credentials.reviewerUsername, let password = credentials.reviewerPassword, try await staff.user(username: username) == nil {
            try await createStaffUser(
                username: username, displayName: "Fachabteilung (Prüfung)", password: password, roles: [.reviewer],
                orgUnitSlugs: DemoCatalog.orgUnits.map(\.slug), email: "fachabteilung@landkreis.example"
            )
        }
        if let username = credentials.adminUsername, let password = credentials.adminPassword, try await staff.user(username: username) == nil {
            try await createStaffUser(username: username, displayName: "Portalverwaltung", password: password, roles: [.admin], orgUnitSlugs: [])
        }
        if let username = credentials.statisticsUsername, let password = credentials.statisticsPassword, try await staff.user(username: username) == nil {
            try await createStaffUser(
                username: username, displayName: "Statistik", password: password, roles: [.statistics], orgUnitSlugs: DemoCatalog.orgUnits.map(\.slug))
        }
        if let username = credentials.treasuryUsername, let password = credentials.treasuryPassword, try await staff.user(username: username) == nil {
            try await createStaffUser(
                username: username, displayName: "Kasse", password: password, roles: [.treasury], orgUnitSlugs: DemoCatalog.orgUnits.map(\.slug))
        }
    }

    private func write(_ credentials: DemoCredentials, to file: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard FileManager.default.createFile(atPath: file, contents: try encoder.encode(credentials), attributes: [.posixPermissions: 0o600]) else {
            throw AdministrationError("Die Zugangsdaten konnten nicht nach \(file) geschrieben werden.")
        }
    }

    static func demoPassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<16).map { _ in alphabet.randomElement()! })
    }
}
