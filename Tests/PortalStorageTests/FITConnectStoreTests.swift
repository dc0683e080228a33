import Foundation
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("FIT-Connect store: channels, transfers and events")
struct FITConnectStoreTests {
    @Test("A FIT-Connect channel reads back with its destination or regional key and its data format", arguments: TestDatabaseKind.allCases)
    func channels(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let service = DemoCatalog.wellDrilling.id
            let direct = HandoverChannel(
                id: test.ids.generator(), serviceID: service,
                target: .fitConnect(FITConnectAddress(destination: .id("9c2e0d35-0f5e-4d3a-a1b4-2c6f2f1e7a10"))), createdAt: TestClock.now)
            let routed = HandoverChannel(
                id: test.ids.generator(), serviceID: service,
                target: .fitConnect(FITConnectAddress(destination: .routing(regionalKey: "010570044012"), dataFormat: .xml)),
                createdAt: TestClock.now.addingTimeInterval(1))
            try await test.portal.handover.add(direct)
            try await test.portal.handover.add(routed)
            #expect(try await test.portal.handover.channels(of: service) == [direct, routed])
            #expect(try await test.portal.handover.channel(id: routed.id)?.channel.kind == .fitConnect)
        }
    }

    @Test("A transfer is kept, replaced on save, due when its check time has come, and no longer due once decided", arguments: TestDatabaseKind.allCases)
    func transfers(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.fitConnect
            let submission: Submission.ID = test.ids.generator()
            let channel: HandoverChannel.ID = test.ids.generator()
            var transfer = FITConnectTransfer(
                submissionID: submission, channelID: channel, destinationID: "9c2e0d35-0f5e-4d3a-a1b4-2c6f2f1e7a10",
                remoteID: "5b0f4f4e-1c5e-4a4e-8b0a-2f3c4d5e6f70", caseID: "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                attachments: [.init(id: "a1", purpose: .report, fileID: nil), .init(id: "a2", purpose: .attachment, fileID: "f1")], createdAt: TestClock.now)
            try await store.save(transfer)
            #expect(try await store.transfer(of: submission, through: channel) == transfer)
            #expect(try await store.transfersDue(at: TestClock.now.addingTimeInterval(86_400), limit: 10).isEmpty, "created, not submitted")

            transfer.state = .submitted
            transfer.submittedAt = TestClock.now.addingTimeInterval(5)
            transfer.nextCheckAt = TestClock.now.addingTimeInterval(65)
            try await store.save(transfer)
            #expect(try await store.transfers(of: submission) == [transfer])
            #expect(try await store.transfersDue(at: TestClock.now.addingTimeInterval(64), limit: 10).isEmpty)
            #expect(try await store.transfersDue(at: TestClock.now.addingTimeInterval(65), limit: 10) == [transfer])

            transfer.state = .accepted
            transfer.decidedAt = TestClock.now.addingTimeInterval(70)
            transfer.nextCheckAt = nil
            try await store.save(transfer)
            #expect(try await store.transfersDue(at: TestClock.now.addingTimeInterval(86_400), limit: 10).isEmpty)
            #expect(try await store.transfer(of: submission, through: channel)?.state == .accepted)
        }
    }

    @Test("Events are kept once by their ID, in the order of the log, with a rejection's problems", arguments: TestDatabaseKind.allCases)
    func events(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.fitConnect
            let submission: Submission.ID = test.ids.generator()
            let channel: HandoverChannel.ID = test.ids.generator()
            let second = TestClock.now
            let created = FITConnectEvent(id: "z-1", kind: .createSubmission, issuedAt: second, issuer: "https://zustelldienst.test")
            let submitted = FITConnectEvent(id: "a-2", kind: .submitSubmission, issuedAt: second, issuer: "https://zustelldienst.test")
            #expect(try await store.record([created, submitted], of: submission, through: channel) == [created, submitted])
            let rejected = FITConnectEvent(
                id: "m-3", kind: .rejectSubmission, issuedAt: second.addingTimeInterval(30), issuer: "9c2e0d35-0f5e-4d3a-a1b4-2c6f2f1e7a10",
                problems: ["Antrag abgelehnt: Nicht zuständig"])
            #expect(try await store.record([created, submitted, rejected], of: submission, through: channel) == [rejected], "only the new one")
            let kept = try await store.events(of: submission)
            #expect(kept.map(\.event) == [created, submitted, rejected])
            #expect(kept.allSatisfy { $0.channel == channel })
            #expect(try await store.events(of: test.ids.generator()).isEmpty)
        }
    }

    @Test("The first record of a picked-up submission wins; a later one gets the kept record back", arguments: TestDatabaseKind.allCases)
    func begin(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.fitConnect
            let first = FITConnectIncoming(remoteID: "r-1", caseID: "c-1", submissionID: test.ids.generator(), state: .filing, receivedAt: TestClock.now)
            var second = first
            second.submissionID = test.ids.generator()
            #expect(try await store.begin(first) == first)
            #expect(try await store.begin(second) == first, "the other pick-up files under the first ID")
            var filed = first
            filed.state = .filed
            filed.eventSent = true
            try await store.save(filed)
            #expect(try await store.begin(second).state == .filed)
            #expect(try await store.incoming(submission: first.submissionID!) == filed)
        }
    }
}
