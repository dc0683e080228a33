import Crypto
import Foundation
import PortalCore

/// 256 random bits as base64url without padding: API key secrets and CSRF tokens.
public enum RandomToken {
    /// A fresh access code for an applicant.
    public static func accessCode() -> AccessCode {
        AccessCode(randomBytes: SymmetricKey(size: .bits128).withUnsafeBytes { Array($0) })
    }

    public static func make() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Base64URL.encode($0) }
    }
}
