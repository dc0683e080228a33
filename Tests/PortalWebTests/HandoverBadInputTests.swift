import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import PortalCore
import PortalTestSupport
import PortalViews
import PortalWeb
import Testing

@testable import PortalApp

/// What the hand-over meets in real offices: large files, a full disk, a clock that jumps.
@Suite("Hand-over under bad conditions")
struct HandoverBadInputTests {
    static func file(_ data: Data, name: String) -> UploadedFile {
        UploadedFile(
            id: Identifier(UUID()), name: name, mediaType: "application/pdf", size: data.count,
            sha256: SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined())
    }

    @Test("A 30 MB attachment reaches the hot folder byte for byte")
    func largeAttachment() async throws {
        let folder = try HandoverTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var data = Data(count: 30 * 1_048_576)
        data.withUnsafeMutableBytes { bytes in
            for index in stride(from: 0, to: bytes.count, by: 4096) { bytes[index] = UInt8(truncatingIfNeeded: index / 4096) }
        }
        let file = Self.file(data, name: "Bestandsplan groß.pdf")
        try await HotFolderCarrier().deliver(HandoverTests.parcel(.hotFolder(path: folder.path), files: [(file, data)]))
        let written = folder.appendingPathComponent("BRU-2026-K7QM-4XD2/01_Bestandsplan_groß.pdf")
        #expect(try Data(contentsOf: written) == data)
    }

    /// A small file system of its own (tmpfs), so "full" is real: `ENOSPC` from the kernel.
    static func withSmallDisk(megabytes: Int, _ body: (URL) async throws -> Void) async throws {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("sp-full-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: mountPoint) }
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", mountPoint.path]
        let errors = Pipe()
        mount.standardError = errors
        try mount.run()
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else {
            let why = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            Issue.record("A full disk needs a small tmpfs, and mounting one failed (scripts/test runs as root, which may mount): \(why)")
            return
        }
        defer {
            let unmount = Process()
            unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
            unmount.arguments = [mountPoint.path]
            try? unmount.run()
            unmount.waitUntilExit()
        }
        try await body(mountPoint)
    }

    @Test("A full disk fails with its reason and leaves no half-written folder; once there is room the same delivery succeeds")
    func fullDisk() async throws {
        try await Self.withSmallDisk(megabytes: 4) { disk in
            let filler = disk.appendingPathComponent("anderes-verfahren.dat")
            try Data(count: 3 * 1_048_576).write(to: filler)
            let data = Data(repeating: 0x25, count: 2 * 1_048_576)
            let parcel = HandoverTests.parcel(.hotFolder(path: disk.path), files: [(Self.file(data, name: "Lageplan.pdf"), data)])
            await #expect(throws: HandoverFailure.diskFull(disk.path)) { try await HotFolderCarrier().deliver(parcel) }
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["anderes-verfahren.dat"], "nothing half-written")
            #expect(HandoverText.for(.german).failure(.diskFull(disk.path)) == "Der Datenträger des Übergabeordners \(disk.path) ist voll.")
            try FileManager.default.removeItem(at: filler)
            try await HotFolderCarrier().deliver(parcel)
            #expect(try Data(contentsOf: disk.appendingPathComponent("BRU-2026-K7QM-4XD2/01_Lageplan.pdf")) == data)
        }
    }

    @Test("A clock jump forward lets a second worker take a delivery in flight: one folder, one delivery; a jump back delays a retry and loses nothing")
    func clockJumps() async throws {
        let folder = try HandoverTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("dms")
        let clock = ManualClock()
        try await TestPortal.with(clock: clock) { test in
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
            _ = try await test.portal.addHandoverChannel(serviceSlug: DemoCatalog.wellDrilling.slug, .hotFolder(path: target.path))
            try await test.application().test(.router) { client in
                let first = try #require(try await SubmissionAPITests.file(1, client: client).first)
                try await test.worker().runOnce()
                clock.advance(by: 2)
                // Worker A takes the delivery and stalls (its machine froze) …
                let taken = try await test.portal.jobs.claim(limit: 10, worker: "stalled", now: clock.now, lease: 90)
                #expect(taken.map(\.kind) == [.deliver])
                // … the clock jumps two hours ahead: the lease has run out and worker B delivers.
                clock.advance(by: 7200)
                try await test.worker().runOnce()
                #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == [first])
                // Worker A wakes up and finishes the same job: the folder is there, nothing is written twice.
                try await test.portal.jobs.enqueue(
                    Job(id: test.ids.generator(), kind: .deliver, payload: try #require(taken.first).payload, runAt: clock.now))
                try await test.worker().runOnce()
                #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == [first])
                let submission = try #require(try await test.portal.submissions.submission(reference: Reference(first)!))
                #expect(try await test.portal.handover.deliveries(of: submission.id).map(\.state) == [.delivered])

                // The folder goes away, the attempt fails and a retry is due in five seconds; then the clock jumps back an hour.
                try FileManager.default.removeItem(at: target)
                let second = try #require(try await SubmissionAPITests.file(1, client: client).first)
                try await test.worker().runOnce()
                clock.advance(by: 2)
                try await test.worker().runOnce()
                let late = try #require(try await test.portal.submissions.submission(reference: Reference(second)!))
                #expect(try await test.portal.handover.deliveries(of: late.id).first?.lastError == "folder-missing \(target.path)")
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
                clock.advance(by: -3600)
                try await test.worker().runOnce()
                #expect(try await test.portal.handover.deliveries(of: late.id).first?.state == .pending, "not yet due on the jumped-back clock")
                clock.advance(by: 3600 + 10)
                try await test.worker().runOnce()
                #expect(try await test.portal.handover.deliveries(of: late.id).first?.state == .delivered)
                let names = try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
                #expect(names == [second], "the first left with the removed folder")
            }
        }
    }
}
