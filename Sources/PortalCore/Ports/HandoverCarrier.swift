import Foundation

/// Carries parcels of one channel kind to their destination: a folder, a receiver, a mailbox.
/// Throws `HandoverFailure` when the attempt failed; it will be tried again.
public protocol HandoverCarrier: Sendable {
    var kind: HandoverChannel.Kind { get }
    func deliver(_ parcel: HandoverParcel) async throws
}
