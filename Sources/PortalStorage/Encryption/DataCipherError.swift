import Foundation

/// Why a sealed value could not be opened. The messages are for the operator's log and console.
public enum DataCipherError: Error, CustomStringConvertible, Equatable {
    case unknownKey(String)
    case damaged
    case sealFailed

    public var description: String {
        switch self {
        case .unknownKey(let id): "Daten sind mit dem Schlüssel „\(id)“ verschlüsselt, der in ENCRYPTION_KEY_FILE fehlt."
        case .damaged: "Verschlüsselte Daten sind beschädigt oder passen nicht zum Schlüssel."
        case .sealFailed: "Verschlüsseln ist fehlgeschlagen."
        }
    }
}
