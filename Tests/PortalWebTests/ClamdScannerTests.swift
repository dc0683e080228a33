import Foundation
import PortalApp
import PortalCore
import Testing

/// Talks to a real clamd (started by `scripts/test` with a self-made EICAR signature).
@Suite("clamd adapter")
struct ClamdScannerTests {
    static let variable = "SERVICEPORTAL_TEST_CLAMD"

    @Test("INSTREAM: a clean file passes, the EICAR test string is found, a dead clamd is an error")
    func scans() async throws {
        guard let address = ProcessInfo.processInfo.environment[Self.variable], let colon = address.lastIndex(of: ":"),
            let port = Int(address[address.index(after: colon)...])
        else {
            Issue.record("\(Self.variable) is not set (host:port of a clamd with the EICAR test signature); scripts/test starts one.")
            return
        }
        let scanner = ClamdScanner(host: String(address[..<colon]), port: port, timeout: .seconds(10))
        let directory = FileManager.default.temporaryDirectory
        let clean = directory.appendingPathComponent("clean-\(UUID().uuidString).pdf")
        let infected = directory.appendingPathComponent("eicar-\(UUID().uuidString).pdf")
        defer {
            try? FileManager.default.removeItem(at: clean)
            try? FileManager.default.removeItem(at: infected)
        }
        // Larger than one INSTREAM chunk, so the chunking is exercised.
        try Data(repeating: 0x41, count: 200_000).write(to: clean)
        // Built from parts so that this source file itself is not the test signature.
        let eicar = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
        try Data(eicar.utf8).write(to: infected)
        #expect(try await scanner.scan(clean) == .clean)
        guard case .infected(let signature) = try await scanner.scan(infected) else {
            Issue.record("EICAR not found")
            return
        }
        #expect(signature.contains("Eicar"))
        let dead = ClamdScanner(host: "127.0.0.1", port: 1, timeout: .seconds(5))
        await #expect(throws: (any Error).self) { try await dead.scan(clean) }
    }
}
