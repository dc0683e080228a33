import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL
import PortalCore
import PortalWeb

/// Posts a submission to a receiver as the "Standard Webhooks" specification describes: the JSON
/// of `HandoverDocument.webhookBody`, headers `webhook-id` (the delivery's key, the same on every
/// attempt, so the receiver can drop repeats), `webhook-timestamp` and `webhook-signature`. A 2xx
/// answer delivers; anything else, a redirect (never followed), a timeout or a TLS error is a
/// failed attempt to be retried.
struct WebhookCarrier: HandoverCarrier {
    let kind = HandoverChannel.Kind.webhook
    /// A client that does not follow redirects (`Portal` owns and shuts it down).
    let http: HTTPClient
    let timeout: TimeAmount
    /// The portal's public address, for the links to the files in the staff API.
    let publicBaseURL: String?
    let now: @Sendable () -> Date

    /// The one client for all receivers: it never follows a redirect (the configured address is the
    /// receiver) and lives as long as the process, like AsyncHTTPClient's own shared client.
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(10)))
        configuration.decompression = .disabled
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    /// A receiver's answer is read up to this size and otherwise ignored.
    static let answerLimit = 64 * 1024

    func deliver(_ parcel: HandoverParcel) async throws {
        guard case .webhook(let url, let secret, let previous) = parcel.channel.target else { throw HandoverFailure.other("not a webhook") }
        let reference = parcel.document.reference.rawValue
        let body = Data(
            parcel.document.webhookBody(fileURL: { id in
                SiteRoute.absolute(SiteRoute.apiSubmissionFile(reference: reference, file: id.description).path, base: publicBaseURL)
            }).jsonText.utf8)
        let timestamp = Int(now().timeIntervalSince1970)
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "user-agent", value: "Serviceportal")
        request.headers.add(name: "webhook-id", value: parcel.key)
        request.headers.add(name: "webhook-timestamp", value: String(timestamp))
        request.headers.add(
            name: "webhook-signature",
            value: WebhookSignature.header(id: parcel.key, timestamp: timestamp, body: body, secrets: [secret] + [previous].compactMap { $0 }))
        request.body = .bytes(ByteBuffer(data: body))
        let response: HTTPClientResponse
        do {
            response = try await http.execute(request, timeout: timeout)
            _ = try? await response.body.collect(upTo: Self.answerLimit)
        } catch {
            throw Self.failure(error)
        }
        switch response.status.code {
        case 200..<300: return
        case 300..<400: throw HandoverFailure.receiverRedirected(Int(response.status.code))
        default: throw HandoverFailure.receiverStatus(Int(response.status.code))
        }
    }

    static func failure(_ error: any Error) -> HandoverFailure {
        if let client = error as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout: return .timeout
            case .remoteConnectionClosed: return .connectionFailed("connection closed")
            default: return .connectionFailed(String(describing: client).prefix(200).description)
            }
        }
        if error is NIOSSLError || error is BoringSSLError || String(reflecting: type(of: error)).contains("SSL") {
            return .tlsFailed(String(describing: error).prefix(200).description)
        }
        return .connectionFailed(String(describing: error).prefix(200).description)
    }
}
