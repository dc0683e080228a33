import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import PortalCore
import Synchronization

/// Delivers mail to an SMTP server (RFC 5321): STARTTLS (the default), TLS from the first byte,
/// or plain for a relay on the same host; AUTH PLAIN when a user is configured. One connection per
/// mail: the portal sends few mails, and a fresh connection never inherits a broken state.
public struct SMTPMailTransport: MailTransport {
    public struct Settings: Sendable {
        public enum Security: String, Sendable, CaseIterable {
            case startTLS = "starttls"
            case tls
            case none
        }

        public var host: String
        public var port: Int
        public var security: Security
        public var username: String?
        public var password: String?
        public var from: String
        public var fromName: String?
        /// A PEM file of the certificates to trust instead of the system's (an internal CA).
        public var trustedCertificates: String?
        /// The name the portal greets with (EHLO) and puts into Message-IDs.
        public var localName: String

        public init(
            host: String, port: Int, security: Security, username: String? = nil, password: String? = nil, from: String,
            fromName: String? = nil, trustedCertificates: String? = nil, localName: String = "serviceportal.localhost"
        ) {
            self.host = host
            self.port = port
            self.security = security
            self.username = username
            self.password = password
            self.from = from
            self.fromName = fromName
            self.trustedCertificates = trustedCertificates
            self.localName = localName
        }
    }

    /// Why a delivery failed. Addresses are cut out of it (servers echo the recipient in replies),
    /// so it can go into logs and the job table.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String

        public init(description: String) {
            self.description = description.addressesRedacted
        }
    }

    let settings: Settings
    let now: @Sendable () -> Date
    /// Built by the first mail and kept: it reads `SMTP_CA_FILE` and the system's trust store.
    private let context = TLSContextCache()

    final class TLSContextCache: Sendable {
        private let cached = Mutex<NIOSSLContext?>(nil)

        func get(_ make: () throws -> NIOSSLContext) throws -> NIOSSLContext {
            if let context = cached.withLock({ $0 }) { return context }
            let context = try make()
            cached.withLock { $0 = context }
            return context
        }
    }

    public init(settings: Settings, now: @escaping @Sendable () -> Date = { Date() }) {
        self.settings = settings
        self.now = now
    }

    public func deliver(_ mail: Mail, id: String) async throws {
        // Header injection and SMTPUTF8 are ruled out before anything is sent.
        guard Mail.isPlausibleAddress(mail.to), mail.to.allSatisfy(\.isASCII) else {
            throw Failure(description: "recipient address not usable for SMTP")
        }
        let message = MailMessage.render(
            mail, from: settings.from, fromName: settings.fromName, date: now(),
            messageID: "\(id)@\(settings.localName)", boundary: "=_sp_\(id)")
        let settings = settings
        let tls = try settings.security == .none ? nil : context.get { try Self.tlsContext(settings) }
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .channelOption(ChannelOptions.socketOption(.so_keepalive), value: 1)
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if settings.security == .tls, let tls {
                        try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: tls, serverHostname: Self.serverName(settings.host)))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    var session = Session(replies: inbound.makeAsyncIterator(), outbound: outbound)
                    try await session.expect([220])
                    var greeting = try await session.command("EHLO \(settings.localName)", expect: [250])
                    if settings.security == .startTLS, let tls {
                        guard greeting.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) else {
                            throw Failure(description: "the mail server offers no STARTTLS")
                        }
                        _ = try await session.command("STARTTLS", expect: [220])
                        // Anything that came with the reply was sent in plain text and must not pass for the server's words under TLS.
                        guard session.pending.isEmpty else { throw Failure(description: "data after the STARTTLS reply") }
                        try await channel.channel.pipeline.addHandler(
                            try NIOSSLClientHandler(context: tls, serverHostname: Self.serverName(settings.host)), position: .first
                        ).get()
                        greeting = try await session.command("EHLO \(settings.localName)", expect: [250])
                    }
                    if let username = settings.username, let password = settings.password {
                        let token = Data("\u{0}\(username)\u{0}\(password)".utf8).base64EncodedString()
                        _ = try await session.command("AUTH PLAIN \(token)", expect: [235], shown: "AUTH PLAIN ***")
                    }
                    _ = try await session.command("MAIL FROM:<\(settings.from)>", expect: [250])
                    _ = try await session.command("RCPT TO:<\(mail.to)>", expect: [250, 251])
                    _ = try await session.command("DATA", expect: [354])
                    try await session.send(Self.dotStuffed(message) + ".\r\n")
                    try await session.expect([250])
                    _ = try? await session.command("QUIT", expect: [221])
                }
            }
            group.addTask {
                try await Task.sleep(for: .seconds(60))
                throw Failure(description: "the mail server did not answer within 60 seconds")
            }
            try await group.next()
            group.cancelAll()
        }
    }

    static func tlsContext(_ settings: Settings) throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        if let file = settings.trustedCertificates { configuration.trustRoots = .file(file) }
        return try NIOSSLContext(configuration: configuration)
    }

    /// SNI takes names, not addresses (IPv4 or IPv6).
    static func serverName(_ host: String) -> String? {
        (try? SocketAddress(ipAddress: host, port: 0)) != nil ? nil : host
    }

    /// A line starting with "." gets a second one, so it cannot end the message early (RFC 5321 4.5.2).
    static func dotStuffed(_ message: String) -> String {
        message.components(separatedBy: "\r\n").map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
    }

    /// Commands out, replies in: a reply is one or more lines `250-…`, ending with `250 …`.
    struct Session {
        var replies: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
        let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
        var pending = ""

        mutating func send(_ text: String) async throws {
            try await outbound.write(ByteBuffer(string: text))
        }

        @discardableResult
        mutating func command(_ line: String, expect codes: Set<Int>, shown: String? = nil) async throws -> [String] {
            try await send(line + "\r\n")
            do {
                return try await expect(codes)
            } catch let failure as Failure {
                throw Failure(description: "\(shown ?? String(line.prefix(20))): \(failure.description)")
            }
        }

        @discardableResult
        mutating func expect(_ codes: Set<Int>) async throws -> [String] {
            var lines: [String] = []
            while true {
                while let end = pending.range(of: "\r\n") {
                    let line = String(pending[..<end.lowerBound])
                    pending = String(pending[end.upperBound...])
                    lines.append(String(line.dropFirst(4)))
                    let isLast = line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] == " "
                    guard isLast else { continue }
                    guard let code = Int(line.prefix(3)), codes.contains(code) else {
                        // The server's words, without anything of the mail, for the job's error.
                        throw Failure(description: "server answered \(line.prefix(120))")
                    }
                    return lines
                }
                guard var buffer = try await replies.next() else { throw Failure(description: "connection closed by the mail server") }
                pending += buffer.readString(length: buffer.readableBytes) ?? ""
                if pending.count > 64 * 1024 { throw Failure(description: "reply too long") }
            }
        }
    }
}
