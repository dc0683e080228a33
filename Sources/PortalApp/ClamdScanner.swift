import Foundation
import NIOCore
import NIOPosix
import PortalCore

/// `VirusScanner` backed by clamd: the file is streamed with the INSTREAM command over TCP
/// (4-byte big-endian chunk lengths, ended by a zero length), and the one-line reply is read.
public struct ClamdScanner: VirusScanner {
    let host: String
    let port: Int
    let timeout: Duration

    public init(host: String, port: Int, timeout: Duration = .seconds(30)) {
        self.host = host
        self.port = port
        self.timeout = timeout
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public func scan(_ file: URL) async throws -> ScanVerdict {
        try await withThrowingTaskGroup(of: ScanVerdict.self) { group in
            group.addTask { try await exchange(file) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw Failure(description: "clamd did not answer within \(timeout)")
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }

    private func exchange(_ file: URL) async throws -> ScanVerdict {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        let reply = try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: "zINSTREAM\0"))
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            while let chunk = try handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
                var buffer = ByteBuffer()
                buffer.writeInteger(UInt32(chunk.count), endianness: .big)
                buffer.writeBytes(chunk)
                try await outbound.write(buffer)
            }
            try await outbound.write(ByteBuffer(bytes: [0, 0, 0, 0]))
            var reply = ByteBuffer()
            for try await var part in inbound {
                reply.writeBuffer(&part)
                if reply.readableBytesView.contains(0) { break }
            }
            return String(decoding: reply.readableBytesView.prefix { $0 != 0 }, as: UTF8.self)
        }
        return try Self.verdict(reply)
    }

    /// `stream: OK` → clean; `stream: Eicar-Signature FOUND` → infected; anything else is an error.
    static func verdict(_ reply: String) throws -> ScanVerdict {
        let text = reply.hasPrefix("stream: ") ? String(reply.dropFirst(8)) : reply
        if text == "OK" { return .clean }
        if text.hasSuffix(" FOUND") { return .infected(String(text.dropLast(6))) }
        throw Failure(description: "clamd: \(reply.prefix(200))")
    }
}
