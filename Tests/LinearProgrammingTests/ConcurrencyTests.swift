import Dispatch
import Synchronization
import Testing
import LinearProgramming

@Suite("Concurrent solves")
struct ConcurrencyTests {
    @Test("solves on several threads at once give the same optima as one after another")
    func concurrentPerform() throws {
        let models = (0..<16).map { HardModels.multiKnapsack(items: 14, dimensions: 2, seed: UInt64($0)) }
        let sequential = try models.map { try GLPKSolver().solve($0, options: SolverOptions()).objectiveValue }

        let results = Mutex([Double?](repeating: nil, count: models.count))
        DispatchQueue.concurrentPerform(iterations: models.count) { i in
            let value = try? GLPKSolver().solve(models[i], options: SolverOptions()).objectiveValue
            results.withLock { $0[i] = value }
        }
        #expect(results.withLock { $0 } == sequential)
        #expect(Set(sequential).count > 1)  // the models really differ
    }
}
