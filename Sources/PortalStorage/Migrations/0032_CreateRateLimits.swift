import SQLKit

/// Limits shared by every instance: events per hashed key and minute (failed sign-ins, mails a
/// stranger can trigger, submissions per client). Old buckets are swept by housekeeping.
struct M0032CreateRateLimits: Migration {
    let version = 32
    let name = "CreateRateLimits"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw(
            """
            CREATE TABLE rate_limits (
                key TEXT NOT NULL,
                bucket BIGINT NOT NULL,
                events INTEGER NOT NULL,
                latest_at BIGINT NOT NULL,
                PRIMARY KEY (key, bucket)
            )
            """
        ).run()
        try await database.create(index: "rate_limits_bucket").on("rate_limits").column("bucket").run()
    }
}
