/// Which database the portal runs on: an SQLite file (the default) or a PostgreSQL server.
public enum DatabaseLocation: Hashable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// `DATABASE_URL` wins when it is a `postgres://` URL; otherwise `DATA_DIR/serviceportal.sqlite`.
    public static func resolve(databaseURL: String?, dataDirectory: String) throws(ConfigurationError) -> DatabaseLocation {
        guard let url = databaseURL, !url.isEmpty else {
            return .sqlite(path: dataDirectory + "/serviceportal.sqlite")
        }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            return .postgres(url: url)
        }
        if url.hasPrefix("sqlite://") {
            return .sqlite(path: String(url.dropFirst("sqlite://".count)))
        }
        throw ConfigurationError("DATABASE_URL muss mit postgres:// oder sqlite:// beginnen.")
    }

    /// For logs: never prints a password.
    public var description: String {
        switch self {
        case .sqlite(let path): "SQLite \(path)"
        case .postgres(let url):
            if let at = url.lastIndex(of: "@") { "PostgreSQL \(url[url.index(after: at)...])" } else { "PostgreSQL" }
        }
    }
}

/// A setting that is missing or wrong; the message says which and how to fix it.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
