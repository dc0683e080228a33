import Foundation
import PortalWeb
import Testing

@Suite("TOTP second factor (RFC 6238)")
struct TOTPTests {
    /// RFC 6238 Appendix B, SHA-1: the 8-digit values at these times; our 6-digit codes are their last six digits.
    static let vectors: [(time: TimeInterval, code: String)] = [
        (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"), (1_234_567_890, "89005924"),
        (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
    ]
    static let rfcSecret = Array("12345678901234567890".utf8)

    @Test("The RFC 6238 test vectors, with 8 and with 6 digits")
    func vectors() {
        let totp = TOTP(secret: Self.rfcSecret)
        for vector in Self.vectors {
            let step = TOTP.step(at: Date(timeIntervalSince1970: vector.time))
            #expect(totp.code(step: step, digits: 8) == vector.code)
            #expect(totp.code(at: Date(timeIntervalSince1970: vector.time)) == String(vector.code.suffix(6)))
        }
    }

    @Test("A code is accepted in its step and the steps next to it, once; others and malformed input are refused")
    func verification() {
        let totp = TOTP(secret: Self.rfcSecret)
        let now = Date(timeIntervalSince1970: 1_111_111_111)
        let step = TOTP.step(at: now)
        #expect(totp.verify("050 471", at: now, lastUsed: nil) == step)
        #expect(totp.verify("050471", at: now, lastUsed: step) == nil, "the same code twice in one step")
        #expect(totp.verify(totp.code(step: step - 1), at: now, lastUsed: nil) == step - 1)
        #expect(totp.verify(totp.code(step: step + 1), at: now, lastUsed: nil) == step + 1)
        #expect(totp.verify(totp.code(step: step - 2), at: now, lastUsed: nil) == nil, "two steps back is too old")
        #expect(totp.verify(totp.code(step: step - 1), at: now, lastUsed: step) == nil, "an older code after a newer one")
        for typed in ["", "05047", "0504711", "05047a", "٠٥٠٤٧١"] {
            #expect(totp.verify(typed, at: now, lastUsed: nil) == nil, "\(typed)")
        }
    }

    @Test("Secrets travel as base 32 in the otpauth address")
    func provisioning() {
        #expect(Base32.encode(Array("foobar".utf8)) == "MZXW6YTBOI")
        #expect(Base32.decode("mzxw 6ytb oi======") == Array("foobar".utf8))
        #expect(Base32.decode("MZ1") == nil)
        #expect(Base32.decode(Base32.encode(Self.rfcSecret)) == Self.rfcSecret)
        let uri = TOTP(secret: Self.rfcSecret).provisioningURI(account: "anna.schaefer@kreis.example", issuer: "Serviceportal Landkreis Musterstadt")
        #expect(
            uri == "otpauth://totp/Serviceportal%20Landkreis%20Musterstadt:anna.schaefer@kreis.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Serviceportal%20Landkreis%20Musterstadt&algorithm=SHA1&digits=6&period=30")
    }
}

@Suite("Base 32 reads ASCII only")
struct Base32Tests {
    @Test func nonASCIIIsRefused() {
        #expect(Base32.decode("mzxw6ytboi") == Array("foobar".utf8))
        #expect(Base32.decode("ß") == nil)
        #expect(Base32.decode("MZXWı") == nil)
    }
}
