import Foundation
import PortalCore

/// `serviceportal fitconnect …`: which org unit receives which LeiKa key, picking up and reading
/// event logs now instead of at the next minute.
extension Portal {
    /// Applications received for `leikaKey` go to the org unit `slug` (instead of the service's own).
    public func setFITConnectRoute(leikaKey: String, orgUnitSlug: String) async throws -> OrgUnit {
        guard leikaKey.count == 14, leikaKey.allSatisfy({ $0 >= "0" && $0 <= "9" }) else {
            throw AdministrationError("„\(leikaKey)“ ist kein LeiKa-Schlüssel (14 Ziffern).")
        }
        guard let unit = try await staff.orgUnit(slug: orgUnitSlug) else {
            throw AdministrationError("Eine Organisationseinheit „\(orgUnitSlug)“ gibt es nicht (serviceportal orgunit list).")
        }
        try await fitConnect.setRoute(leikaKey: leikaKey, to: unit.id)
        return unit
    }

    public func fitConnectRoutes() async throws -> [(leikaKey: String, orgUnit: String)] {
        var result: [(String, String)] = []
        for route in try await fitConnect.routes() {
            result.append((route.leikaKey, try await staff.orgUnit(id: route.orgUnit)?.slug ?? route.orgUnit.description))
        }
        return result
    }

    /// Picks up what waits at the destination now.
    public func receiveFITConnect() async throws -> [FITConnectIntake.Outcome] {
        guard let intake = fitConnectIntake() else {
            throw AdministrationError(
                "Empfangen über FIT-Connect ist nicht eingerichtet (FITCONNECT_SUBSCRIBER_CLIENT_ID, FITCONNECT_DESTINATION_ID, FITCONNECT_DECRYPTION_KEY_FILE, FITCONNECT_SIGNING_KEY_FILE)."
            )
        }
        return try await intake.run()
    }

    /// Reads the event logs of every submitted, undecided transfer now; returns how many were decided.
    public func checkFITConnectEvents() async throws -> Int {
        guard let polling = fitConnectEventPolling() else {
            throw AdministrationError("Senden über FIT-Connect ist nicht eingerichtet (FITCONNECT_CLIENT_ID, FITCONNECT_CLIENT_SECRET).")
        }
        var decided = 0
        for transfer in try await fitConnect.transfersDue(at: .distantFuture, limit: 10_000) where try await polling.check(transfer) {
            decided += 1
        }
        return decided
    }
}
