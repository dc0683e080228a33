import Foundation
import PortalCore
import Testing

/// The fixtures in `QRFixtures/` were made once with the Python `qrcode` library (7.4.2, level M,
/// byte mode, the mask given): version, mask, text, then one line of modules per row.
@Suite("QR codes for the TOTP enrolment")
struct QRCodeTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("QRFixtures")

    @Test("Modules match an independent encoder for versions 1, 3, 8 (version information) and 10 (16-bit length)", arguments: 0..<4)
    func matchesReference(index: Int) throws {
        let lines = try String(contentsOf: Self.directory.appendingPathComponent("case\(index).txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: " ").compactMap { Int($0) }
        let text = lines[1]
        let expected = lines.dropFirst(2).filter { !$0.isEmpty }.map { $0.map { $0 == "1" } }
        let code = try #require(QRCode(text: text, mask: header[1]))
        #expect(code.version == header[0])
        #expect(code.size == expected.count)
        for (y, row) in expected.enumerated() {
            #expect(code.modules[y] == row, "row \(y)")
        }
    }

    @Test("Without a forced mask one of the eight is chosen, and the code is the one made with that mask")
    func chosenMask() throws {
        for text in ["otpauth://totp/x?secret=GEZDGNBV", "hello", "Serviceportal Landkreis Musterstadt"] {
            let chosen = try #require(QRCode(text: text))
            #expect(try #require(QRCode(text: text, mask: chosen.mask)).modules == chosen.modules)
        }
    }

    @Test("Too much data gives no code")
    func capacity() {
        #expect(QRCode(bytes: [UInt8](repeating: 0x41, count: 413)) == nil)
        #expect(QRCode(bytes: [UInt8](repeating: 0x41, count: 412))?.version == 15)
    }
}

@Suite("QR code masks")
struct QRCodeMaskTests {
    @Test func aMaskOutsideTheEightGivesNoCode() {
        #expect(QRCode(text: "hello", mask: 8) == nil)
        #expect(QRCode(text: "hello", mask: -1) == nil)
    }
}
