import ArgumentParser
import Foundation
import PortalStorage

extension ConfigurationError: ConfigurationErrorLike {}

/// Runs `body`; a configuration problem is printed in German and ends the program with exit code 2.
func checked<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as any ConfigurationErrorLike {
        FileHandle.standardError.write(Data(("Fehler: " + error.message + "\n").utf8))
        throw ExitCode(2)
    }
}

func checkedAsync<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as any ConfigurationErrorLike {
        FileHandle.standardError.write(Data(("Fehler: " + error.message + "\n").utf8))
        throw ExitCode(2)
    }
}

/// Prints a line unbuffered, so scripts reading our output see it at once.
func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
