import Foundation

/// Test-only hooks of ``AtomicFileSet``, read from the environment so that a test can stop a
/// real `bianzhi` process at a chosen ``AtomicFileSet/Step``:
/// - `BIANZHI_TEST_KILL_AT=STEP` — the process kills itself with SIGKILL there (no clean-up
///   runs, as with a power cut or `kill -9`);
/// - `BIANZHI_TEST_PAUSE_AT=STEP` — it sleeps one second there, holding the lock (for the
///   two-writer test);
/// - `BIANZHI_TEST_NO_EXCHANGE=1` — the two-rename fallback is used instead of `renameat2`.
/// None of them is set in normal use; each costs one dictionary lookup per write.
struct AtomicWriteHooks: Sendable {
    var killAt: AtomicFileSet.Step?
    var pauseAt: AtomicFileSet.Step?
    var noExchange = false

    /// The hooks the process was started with.
    static let fromEnvironment: AtomicWriteHooks = {
        let environment = ProcessInfo.processInfo.environment
        return AtomicWriteHooks(
            killAt: environment["BIANZHI_TEST_KILL_AT"].flatMap(AtomicFileSet.Step.init(rawValue:)),
            pauseAt: environment["BIANZHI_TEST_PAUSE_AT"].flatMap(AtomicFileSet.Step.init(rawValue:)),
            noExchange: environment["BIANZHI_TEST_NO_EXCHANGE"] == "1")
    }()

    /// Acts on reaching `step`.
    func reach(_ step: AtomicFileSet.Step) {
        if step == pauseAt { sleep(1) }
        if step == killAt { kill(getpid(), SIGKILL) }
    }
}
