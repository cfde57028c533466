import Foundation
import Testing
import LinearProgramming

@Suite("Free MPS writer")
struct MPSWriterTests {
    /// maximise 3x + 2y − z + 5 with x integer in [0, 10], y ≤ 4, z free, subject to
    /// x + 2y ≤ 14, 3x − y ≥ 0, x − z = 3, 1 ≤ y + z ≤ 8.
    /// z = x − 3 turns the objective into 2(x + y) + 8 and the range into 4 ≤ x + y ≤ 11;
    /// x = 8, y = 3 reaches x + y = 11 within the other rows, so the optimum is 30.
    static func tinyModel() -> Model {
        var model = Model(name: "tiny demo")
        let x = model.addVariable(name: "x", kind: .integer, lowerBound: 0, upperBound: 10)
        let y = model.addVariable(name: "y", lowerBound: -.infinity, upperBound: 4)
        let z = model.addVariable(name: "z\twith tab", lowerBound: -.infinity, upperBound: .infinity)
        model.addConstraint(x + 2 * y, .lessOrEqual, 14, name: "cap")
        model.addConstraint(3 * x - y, .greaterOrEqual, 0, name: "floor")
        model.addConstraint(x - z, .equal, 3, name: "balance")
        model.addConstraint(name: "range", lowerBound: 1, y + z, upperBound: 8)
        model.setObjective(3 * x + 2 * y - z + 5, sense: .maximize)
        return model
    }

    @Test("the tiny model's exact text")
    func golden() throws {
        let document = try MPSWriter.write(Self.tinyModel())
        #expect(document.text == """
            * objective negated: the model maximises; this file minimises -objective
            * column OBJCONST is fixed at 1 and carries the objective constant
            NAME tiny_demo
            ROWS
             N OBJ
             L R1
             G R2
             E R3
             G R4
            COLUMNS
             M1 'MARKER' 'INTORG'
             C1 OBJ -3
             C1 R1 1
             C1 R2 3
             C1 R3 1
             M2 'MARKER' 'INTEND'
             C2 OBJ -2
             C2 R1 2
             C2 R2 -1
             C2 R4 1
             C3 OBJ 1
             C3 R3 -1
             C3 R4 1
             OBJCONST OBJ -5
            RHS
             RHS R1 14
             RHS R3 3
             RHS R4 1
            RANGES
             RNG R4 7
            BOUNDS
             LO BND C1 0
             UP BND C1 10
             MI BND C2
             UP BND C2 4
             FR BND C3
             FX BND OBJCONST 1
            ENDATA

            """)
        #expect(document.labelMapText == "OBJ\tobjective\nR1\tcap\nR2\tfloor\nR3\tbalance\nR4\trange\nC1\tx\nC2\ty\nC3\tz\\twith tab\nOBJCONST\tobjective constant\n")
    }

    @Test("numbers are written shortest round-trip, whole numbers without a fraction")
    func numbers() throws {
        var model = Model()
        let x = model.addVariable(name: "x", lowerBound: 0.1, upperBound: 1e20)
        model.setObjective(-0.0 * x + 1.0 / 3.0)
        let text = try MPSWriter.write(model).text
        #expect(text.contains(" LO BND C1 0.1\n UP BND C1 1e+20\n"))
        #expect(text.contains(" OBJCONST OBJ 0.3333333333333333\n"))
        #expect(text.contains(" C1 OBJ 0\n"))  // an empty column still appears
    }

    static let glpsolAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/glpsol")

    @Test("glpsol reads the file and finds minus the model's optimum",
          .enabled(if: glpsolAvailable, "needs /usr/bin/glpsol (glpk-utils)"))
    func glpsolRoundTrip() throws {
        let model = Self.tinyModel()
        let solved = try GLPKSolver().solve(model, options: SolverOptions())
        #expect(solved.objectiveValue == 30)

        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("lp-mps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("tiny.mps")
        let output = directory.appendingPathComponent("tiny.txt")
        try MPSWriter.write(model).text.write(to: input, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/glpsol")
        process.arguments = ["--freemps", input.path, "-o", output.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let report = try String(contentsOf: output, encoding: .utf8)
        let objectiveLine = report.split(separator: "\n").first { $0.hasPrefix("Objective:") }
        #expect(objectiveLine == "Objective:  OBJ = -30 (MINimum)")
        #expect(report.contains("Status:     INTEGER OPTIMAL"))
    }
}
