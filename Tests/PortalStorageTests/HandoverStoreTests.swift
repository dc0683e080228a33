import Foundation
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Hand-over store: channels and deliveries")
struct HandoverStoreTests {
    static let secret = WebhookSecret("whsec_" + Data(repeating: 3, count: 32).base64EncodedString())!
    static let newSecret = WebhookSecret("whsec_" + Data(repeating: 4, count: 32).base64EncodedString())!

    @Test(
        "Channels per service read back as added; a second pull channel is refused; removed ones are gone from the lists", arguments: TestDatabaseKind.allCases)
    func channels(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.handover
            let service = DemoCatalog.wellDrilling.id
            let folder = HandoverChannel(id: test.ids.generator(), serviceID: service, target: .hotFolder(path: "/srv/dms"), createdAt: TestClock.now)
            let hook = HandoverChannel(
                id: test.ids.generator(), serviceID: service, target: .webhook(url: "https://fv.example/in", secret: Self.secret, previousSecret: nil),
                createdAt: TestClock.now.addingTimeInterval(1))
            let mail = HandoverChannel(
                id: test.ids.generator(), serviceID: service, target: .officeMail(attachReceipt: false), createdAt: TestClock.now.addingTimeInterval(2))
            let pull = HandoverChannel(id: test.ids.generator(), serviceID: service, target: .pull, createdAt: TestClock.now.addingTimeInterval(3))
            for channel in [folder, hook, mail, pull] { try await store.add(channel) }
            #expect(try await store.channels(of: service) == [folder, hook, mail, pull])
            #expect(try await store.channels(of: DemoCatalog.lostProperty.id).isEmpty)

            let secondPull = HandoverChannel(id: test.ids.generator(), serviceID: service, target: .pull, createdAt: TestClock.now)
            await #expect(throws: HandoverChannel.Problem.pullAlreadyConfigured) { try await store.add(secondPull) }

            try await store.rotateSecret(of: hook.id, to: Self.newSecret)
            #expect(
                try await store.channel(id: hook.id)?.channel.target
                    == .webhook(url: "https://fv.example/in", secret: Self.newSecret, previousSecret: Self.secret))
            await #expect(throws: NotFound.self) { try await store.rotateSecret(of: folder.id, to: Self.newSecret) }

            try await store.remove(folder.id, at: TestClock.now)
            await #expect(throws: NotFound.self) { try await store.remove(folder.id, at: TestClock.now) }
            #expect(try await store.channels() == [hook, mail, pull].map { $0.id == hook.id ? Self.rotated(hook) : $0 })
            #expect(try await store.channel(id: folder.id)?.removed == true)
        }
    }

    static func rotated(_ channel: HandoverChannel) -> HandoverChannel {
        var copy = channel
        copy.target = .webhook(url: "https://fv.example/in", secret: newSecret, previousSecret: secret)
        return copy
    }

    @Test(
        "Attempts are recorded; handed over when the last channel has it; a failed one is retried by hand with a new job", arguments: TestDatabaseKind.allCases)
    func deliveries(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.handover
            let service = DemoCatalog.wellDrilling.id
            let folder = HandoverChannel(id: test.ids.generator(), serviceID: service, target: .hotFolder(path: "/srv/dms"), createdAt: TestClock.now)
            let pull = HandoverChannel(id: test.ids.generator(), serviceID: service, target: .pull, createdAt: TestClock.now)
            try await store.add(folder)
            try await store.add(pull)
            let submission = SubmissionStoreTests.submission(test)
            var filing = Filing(submission: submission, jobs: [])
            filing.deliveries = [folder, pull].map { Delivery(submissionID: submission.id, channelID: $0.id, kind: $0.kind, updatedAt: TestClock.now) }
            try await test.portal.submissions.file(filing)

            let later = TestClock.now.addingTimeInterval(60)
            try await store.recordFailure(submission.id, through: folder.id, attempts: 1, reason: "folder-missing /srv/dms", final: false, at: later)
            var delivery = try await store.delivery(of: submission.id, through: folder.id)
            #expect(delivery?.state == .pending)
            #expect(delivery?.attempts == 1)
            #expect(delivery?.lastError == "folder-missing /srv/dms")
            let job = Job(id: test.ids.generator(), kind: .deliver, payload: Delivery.jobPayload(submission.id, folder.id), runAt: later)
            #expect(try await store.retryByHand(submission.id, through: folder.id, job: job, at: later) == false)

            try await store.recordFailure(submission.id, through: folder.id, attempts: 16, reason: "disk-full /srv/dms", final: true, at: later)
            #expect(try await store.delivery(of: submission.id, through: folder.id)?.state == .failed)
            #expect(try await store.retryByHand(submission.id, through: folder.id, job: job, at: later))
            delivery = try await store.delivery(of: submission.id, through: folder.id)
            #expect(delivery?.state == .pending)
            #expect(delivery?.attempts == 0)
            #expect(delivery?.retriedByHandAt == later)
            #expect(try await test.portal.jobs.claim(limit: 10, worker: "w", now: later, lease: 60).map(\.payload) == [job.payload])

            try await store.recordDelivered(submission.id, through: folder.id, attempts: 2, at: later)
            #expect(try await test.portal.submissions.submission(id: submission.id)?.handedOverAt == nil, "the pull channel has not acknowledged yet")
            let first = try await store.acknowledgePull(of: submission.id, by: "apikey:k", at: later.addingTimeInterval(5))
            #expect(first?.acknowledgedAt == later.addingTimeInterval(5) && first?.isFirst == true)
            let second = try await store.acknowledgePull(of: submission.id, by: "apikey:k", at: later.addingTimeInterval(99))
            #expect(second?.acknowledgedAt == later.addingTimeInterval(5) && second?.isFirst == false, "acknowledging twice is fine; the first time stays")
            #expect(
                try await test.portal.audit.events(submission: submission.id, actions: [.handoverAcknowledged]).map(\.actor) == ["apikey:k"], "audited once")
            #expect(try await test.portal.submissions.submission(id: submission.id)?.handedOverAt == later.addingTimeInterval(5))
            let states = try await store.deliveries(of: submission.id)
            #expect(states.map(\.state) == [.delivered, .delivered])
            #expect(states.first { $0.kind == .pull }?.deliveredAt == later.addingTimeInterval(5))
            // A late failure report of an attempt that overlapped does not undo a delivery.
            try await store.recordFailure(submission.id, through: folder.id, attempts: 3, reason: "timeout", final: true, at: later)
            #expect(try await store.delivery(of: submission.id, through: folder.id)?.state == .delivered)

            let other = SubmissionStoreTests.submission(test, service: DemoCatalog.lostProperty)
            try await test.portal.submissions.file(Filing(submission: other, jobs: []))
            #expect(try await store.acknowledgePull(of: other.id, by: "apikey:k", at: later) == nil)
        }
    }
}
