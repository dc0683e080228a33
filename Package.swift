// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Serviceportal",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "serviceportal", targets: ["serviceportal"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // Domain, form schema and validation, case state machine, ports. Foundation only.
        .target(name: "PortalCore"),
        // One SQLKit implementation of every port, for SQLite and PostgreSQL.
        .target(
            name: "PortalStorage",
            dependencies: [
                "PortalCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]),
        // FIM XDatenfelder: reading and (later) importing schemas.
        .target(name: "PortalFIM", dependencies: ["PortalCore", "PortalViews"]),
        // Pages and their view models. No HTTP, no database.
        .target(name: "PortalViews", dependencies: ["PortalCore"]),
        // Background job handlers and the worker loop.
        .target(
            name: "PortalJobs",
            dependencies: [
                "PortalCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),
        // Routes, controllers, middleware.
        .target(
            name: "PortalWeb",
            dependencies: [
                "PortalCore", "PortalViews", "PortalFIM",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Metrics", package: "swift-metrics"),
            ], resources: [.copy("Resources/openapi.yaml"), .copy("Resources/portal.css"), .copy("Resources/portal.js")]),
        // The composition root: configuration, database choice, wiring.
        .target(
            name: "PortalApp",
            dependencies: [
                "PortalCore", "PortalStorage", "PortalWeb", "PortalViews", "PortalJobs", "PortalFIM",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]),
        // The executable: argument parsing only.
        .executableTarget(
            name: "serviceportal",
            dependencies: [
                "PortalApp", "PortalCore", "PortalStorage", "PortalFIM", "PortalViews",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // Fixtures, fixed clock and IDs, test databases, the test application.
        .target(
            name: "PortalTestSupport",
            dependencies: [
                "PortalCore", "PortalStorage", "PortalApp", "PortalWeb", "PortalJobs", "PortalViews",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(name: "PortalCoreTests", dependencies: ["PortalCore", "PortalViews", "PortalApp", "PortalTestSupport"], exclude: ["QRFixtures"]),
        .testTarget(name: "PortalFIMTests", dependencies: ["PortalFIM", "PortalCore", "PortalViews"]),
        .testTarget(
            name: "PortalStorageTests",
            dependencies: [
                "PortalCore", "PortalStorage", "PortalTestSupport",
                .product(name: "SQLKit", package: "sql-kit"),
            ]),
        .testTarget(name: "PortalViewsTests", dependencies: ["PortalCore", "PortalViews", "PortalTestSupport"], exclude: ["Snapshots"]),
        .testTarget(
            name: "PortalWebTests",
            dependencies: [
                "PortalCore", "PortalApp", "PortalWeb", "PortalTestSupport", "PortalFIM",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
    ]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.swiftLanguageMode(.v6))
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    target.swiftSettings = settings
}
