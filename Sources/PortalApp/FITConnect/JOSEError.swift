/// Why a JOSE object (a JWE, a JWK, a signed event) could not be made or read.
public enum JOSEError: Error, Hashable, Sendable {
    /// Not five (JWE) or three (JWS) base64url parts, or a header that is not JSON.
    case malformed(String)
    case unsupportedAlgorithm(String)
    /// No key with this `kid` is known here.
    case unknownKey(String)
    /// A JWK that is not an RSA key of at least 2048 bits, or lacks the private parts needed.
    case keyInvalid(String)
    /// The tag did not match: wrong key, or the ciphertext was changed on the way.
    case decryptionFailed
}
