import Crypto
import Foundation

/// Time-based one-time passwords for the staff's second factor (RFC 6238 over RFC 4226's HOTP):
/// HMAC-SHA-1, 30-second steps, 6 digits, the codes of one step before and after accepted for
/// clock drift. A code is accepted once: the caller keeps the last step used and passes it back.
public struct TOTP: Sendable {
    public static let digits = 6
    public static let period: TimeInterval = 30
    /// Secrets are 20 random bytes, the HMAC-SHA-1 block the RFC recommends.
    public static let secretLength = 20

    public let secret: [UInt8]

    public init(secret: [UInt8]) {
        self.secret = secret
    }

    /// A fresh random secret of `secretLength` bytes.
    public static func newSecret() -> [UInt8] {
        SymmetricKey(size: .init(bitCount: secretLength * 8)).withUnsafeBytes { Array($0) }
    }

    /// The step a moment falls into (Unix time ÷ 30).
    public static func step(at instant: Date) -> Int64 {
        Int64((instant.timeIntervalSince1970 / period).rounded(.down))
    }

    /// The code of one step, `digits` long with leading zeros.
    public func code(step: Int64, digits: Int = TOTP.digits) -> String {
        precondition((1...9).contains(digits), "a 32-bit HOTP value has at most 9 decimal digits")
        var counter = UInt64(bitPattern: step).bigEndian
        let message = withUnsafeBytes(of: &counter) { Data($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        // Dynamic truncation (RFC 4226 §5.3).
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let binary = (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16) | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus *= 10 }
        let number = String(binary % modulus)
        return String(repeating: "0", count: digits - number.count) + number
    }

    public func code(at instant: Date) -> String {
        code(step: Self.step(at: instant))
    }

    /// The step whose code was typed, if it is the current step or one next to it and later than
    /// `lastUsed`; nil otherwise. Spaces in the typed code are ignored ("123 456").
    public func verify(_ typed: String, at instant: Date, lastUsed: Int64?) -> Int64? {
        let code = typed.filter { !$0.isWhitespace }
        guard code.count == Self.digits, code.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let now = Self.step(at: instant)
        for step in [now, now - 1, now + 1] where step > (lastUsed ?? .min) {
            if constantTimeEqual(self.code(step: step), code) { return step }
        }
        return nil
    }

    /// The `otpauth://` address authenticator apps read from the enrolment QR code.
    public func provisioningURI(account: String, issuer: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+:/?#")
        func escaped(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
        return "otpauth://totp/\(escaped(issuer)):\(escaped(account))?secret=\(Base32.encode(secret))&issuer=\(escaped(issuer))"
            + "&algorithm=SHA1&digits=\(Self.digits)&period=\(Int(Self.period))"
    }

    private func constantTimeEqual(_ left: String, _ right: String) -> Bool {
        let (a, b) = (Array(left.utf8), Array(right.utf8))
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
