import AsyncHTTPClient
import Foundation
import PortalApp
import PortalCore
import Testing

/// Against `scripts/testtools/payment_provider.py`, which `scripts/test` starts three times (one per
/// way to authenticate) with certificates it makes for mutual TLS.
@Suite("Payment platform (XBezahldienste): the three ways to authenticate, idempotent creation, problems and misbehaviour", .serialized)
struct PaymentPlatformTests {
    struct Provider {
        var api: String
        /// Plain HTTP to the same provider, for its test controls (the mutual-TLS one needs a certificate otherwise).
        var control: String
        var authentication: PaymentPlatform.Settings.Authentication
        var trusted: String?
    }

    static func provider(_ style: String) -> Provider? {
        let environment = ProcessInfo.processInfo.environment
        guard let basic = environment["SERVICEPORTAL_TEST_PAYMENT_BASIC"], let oauth = environment["SERVICEPORTAL_TEST_PAYMENT_OAUTH2"],
            let mtls = environment["SERVICEPORTAL_TEST_PAYMENT_MTLS"], let mtlsControl = environment["SERVICEPORTAL_TEST_PAYMENT_MTLS_CONTROL"],
            let certificates = environment["SERVICEPORTAL_TEST_PAYMENT_CERTIFICATES"]
        else {
            Issue.record(
                "SERVICEPORTAL_TEST_PAYMENT_BASIC, _OAUTH2, _MTLS, _MTLS_CONTROL and _CERTIFICATES are not set (scripts/testtools/payment_provider.py); scripts/test starts them."
            )
            return nil
        }
        switch style {
        case "basic": return Provider(api: basic, control: basic, authentication: .basic(clientID: "portal", secret: "geheim"))
        case "oauth2":
            return Provider(api: oauth, control: oauth, authentication: .oauth2(tokenURL: oauth + "/oauth/token", clientID: "portal", secret: "geheim"))
        case "mtls":
            return Provider(
                api: mtls, control: mtlsControl,
                authentication: .mutualTLS(certificateFile: certificates + "/client.pem", keyFile: certificates + "/client.key", password: nil),
                trusted: certificates + "/ca.pem")
        default:
            return Provider(
                api: mtls, control: mtlsControl,
                authentication: .mutualTLS(certificateFile: certificates + "/client.p12", keyFile: nil, password: "geheim"), trusted: certificates + "/ca.pem")
        }
    }

    static func platform(_ provider: Provider, endpoint: String = "gebuehren") throws -> PaymentPlatform {
        try PaymentPlatform(
            settings: .init(
                baseURL: provider.api, originatorID: "portal-test", endpointID: endpoint, authentication: provider.authentication,
                trustedCertificatesFile: provider.trusted))
    }

    static func control(_ provider: Provider, _ path: String, read: Bool = false) async throws -> JSONValue? {
        var request = HTTPClientRequest(url: provider.control + path)
        request.method = read ? .GET : .POST
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
        let body = try await response.body.collect(upTo: 1_000_000)
        return try? JSONParser.parse(Array(body.readableBytesView))
    }

    static func order(_ requestID: String = UUID().uuidString.lowercased(), cents: Int = 5000) -> PaymentOrder {
        PaymentOrder(
            requestID: requestID, purpose: "BAU-2026-K7QM-4XD2 Gebuehr", description: "Fällgenehmigung für Bäume",
            redirectURL: "http://127.0.0.1:9/leistungen/baumfaellung-beantragen/antrag/zahlung",
            items: [.init(id: "gebuehr", reference: "BAU-2026-K7QM-4XD2", description: "Verwaltungsgebühr", singleGross: MoneyAmount(cents: cents))])
    }

    @Test("Created, created again with the same requestId (the same transaction), paid, read back", arguments: ["basic", "oauth2", "mtls", "mtls-pkcs12"])
    func createAndRead(style: String) async throws {
        guard let provider = Self.provider(style) else { return }
        let platform = try Self.platform(provider)
        defer { Task { try? await platform.shutdown() } }
        let order = Self.order()
        let created = try await platform.create(order)
        #expect(created.status == .initial && created.payPageURL?.contains("/bezahlen/\(created.id)") == true)
        #expect(created.amount == MoneyAmount(cents: 5000))
        let again = try await platform.create(order)
        #expect(again.id == created.id, "a repeated request is the same transaction")
        _ = try await Self.control(provider, "/_test/status/\(created.id)?status=PAYED")
        let read = try await platform.transaction(created.id)
        #expect(read.status == .payed && read.method == .giropay)
    }

    @Test("Wrong credentials, an unknown endpoint, another amount for a known requestId, a bad purpose, an unknown transaction: each its own failure")
    func refusals() async throws {
        guard let provider = Self.provider("basic") else { return }
        let platform = try Self.platform(provider)
        defer { Task { try? await platform.shutdown() } }
        var wrong = provider
        wrong.authentication = .basic(clientID: "portal", secret: "falsch")
        let refused = try Self.platform(wrong)
        defer { Task { try? await refused.shutdown() } }
        await #expect(throws: PaymentPlatform.Failure.unauthorized) { try await refused.create(Self.order()) }
        await #expect(throws: PaymentPlatform.Failure.self) { try await platform.create(Self.order(), endpoint: "gibt-es-nicht") }
        do {
            _ = try await platform.create(Self.order(), endpoint: "gibt-es-nicht")
        } catch .problem(let problem) {
            #expect(problem.functionalCode == "NO_VALID_ORIGINATOR_OR_ENDPOINT" && problem.status == 404)
        } catch {
            Issue.record("\(error)")
        }
        let id = UUID().uuidString.lowercased()
        _ = try await platform.create(Self.order(id))
        do {
            _ = try await platform.create(Self.order(id, cents: 6000))
            Issue.record("another amount was accepted")
        } catch .problem(let problem) {
            #expect(problem.functionalCode == "PAYMENT_EXISTS" && problem.status == 409)
        } catch {
            Issue.record("\(error)")
        }
        var badPurpose = Self.order()
        badPurpose.purpose = "Gebühr für <b>"
        do {
            _ = try await platform.create(badPurpose)
            Issue.record("a bad purpose was accepted")
        } catch .problem(let problem) {
            #expect(problem.functionalCode == "VALIDATION_ERROR")
        } catch {
            Issue.record("\(error)")
        }
        do {
            _ = try await platform.transaction("Tgibtesnicht")
            Issue.record("an unknown transaction was found")
        } catch .problem(let problem) {
            #expect(problem.status == 404)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("A 500, HTML instead of JSON, no answer in time, nobody listening: no transaction, and the next call works again")
    func misbehaviour() async throws {
        guard let provider = Self.provider("basic") else { return }
        var settings = PaymentPlatform.Settings(
            baseURL: provider.api, originatorID: "portal-test", endpointID: "gebuehren", authentication: provider.authentication)
        settings.timeout = .seconds(2)
        let platform = try PaymentPlatform(settings: settings)
        defer { Task { try? await platform.shutdown() } }
        _ = try await Self.control(provider, "/_test/mode?next=500&count=1")
        await #expect(throws: PaymentPlatform.Failure.unexpected(status: 500)) { try await platform.create(Self.order()) }
        _ = try await Self.control(provider, "/_test/mode?next=garbage&count=1")
        await #expect(throws: PaymentPlatform.Failure.unexpected(status: 200)) { try await platform.create(Self.order()) }
        _ = try await Self.control(provider, "/_test/mode?next=slow&count=1")
        do {
            _ = try await platform.create(Self.order())
            Issue.record("a slow answer was waited for")
        } catch .unreachable {
        } catch {
            Issue.record("\(error)")
        }
        #expect(try await platform.create(Self.order()).status == .initial)
        let nobody = try PaymentPlatform(
            settings: .init(baseURL: "http://127.0.0.1:9", originatorID: "portal-test", endpointID: "gebuehren", authentication: provider.authentication))
        defer { Task { try? await nobody.shutdown() } }
        do {
            _ = try await nobody.create(Self.order())
            Issue.record("nobody answered, yet a transaction came")
        } catch .unreachable {
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("Mutual TLS: without the client certificate, or without trusting the platform's CA, no connection")
    func mutualTLSRefusals() async throws {
        guard let provider = Self.provider("mtls") else { return }
        var withoutCertificate = provider
        withoutCertificate.authentication = .basic(clientID: "portal", secret: "geheim")
        var untrusted = provider
        untrusted.trusted = nil
        for variant in [withoutCertificate, untrusted] {
            let platform = try Self.platform(variant)
            do {
                _ = try await platform.create(Self.order())
                Issue.record("a transaction without a proper TLS connection")
            } catch .unreachable {
            } catch {
                Issue.record("\(error)")
            }
            try await platform.shutdown()
        }
    }

    @Test("OAuth 2: the token is kept; one the platform forgets early is fetched again within the same call")
    func expiredToken() async throws {
        guard let provider = Self.provider("oauth2") else { return }
        let platform = try Self.platform(provider)
        defer { Task { try? await platform.shutdown() } }
        func tokens() async throws -> Int {
            if case .number(let count)? = try await Self.control(provider, "/_test/stats", read: true)?["tokens"] {
                return NSDecimalNumber(decimal: count).intValue
            }
            return -1
        }
        let before = try await tokens()
        let created = try await platform.create(Self.order())
        _ = try await platform.transaction(created.id)
        #expect(try await tokens() == before + 1, "one token for both calls")
        _ = try await Self.control(provider, "/_test/revoke-tokens")
        #expect(try await platform.transaction(created.id).id == created.id)
        #expect(try await tokens() == before + 2)
        var wrong = provider
        wrong.authentication = .oauth2(tokenURL: provider.api + "/oauth/token", clientID: "portal", secret: "falsch")
        let refused = try Self.platform(wrong)
        defer { Task { try? await refused.shutdown() } }
        await #expect(throws: PaymentPlatform.Failure.unauthorized) { try await refused.transaction(created.id) }
    }
}
