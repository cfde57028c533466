@testable import Bianzhi

/// One sample value of every catalogue entry, so `CatalogueTests` can render each in both
/// languages. Adding a case to a catalogue enum without a sample here fails
/// `everyDeclaredEntryHasASample`.
enum CatalogueSamples {
    static let location = SourceLocation(file: "a.yaml", line: 3, column: 5)

    static let diagnosticMessages: [DiagnosticMessage] = [
        .plannerRule(.baseValue), .standard(.noSelection),
        .untranslated("kept as written"), .register(.noUnitRows),
        .robustness(.numberNotDecimal(key: "need")), .robustness(.numberTooSmall(key: "moves", smallest: "0.000001")),
        .robustness(.outsideScalableRange(lower: "0.000001", upper: "1000000000")), .robustness(.controlCharacter(key: "name")),
        .robustness(.secondRoot(first: "cs", firstIndex: 0)), .robustness(.unitTableNotRegular),
        .robustness(.unitTableSystemFile), .robustness(.unitTableBinary), .robustness(.headerNamesNoColumn),
        .resultFile(.notJSON),
        .fileUnreadable, .fileEmpty,
        .yamlSyntax(problem: "P", context: "C", line: 2, column: 1),
        .yamlUnreadable(detail: "broken"), .duplicateKey, .unitTableUnreadable(path: "units.csv"),
        .unclosedQuote, .unitTableEmpty, .unknownColumn(suggestion: "name"), .duplicateColumn(key: "quota"), .missingColumn,
        .cellCount(row: 3, header: 4), .emptyCell, .notMapping, .keyNotText, .unknownKey(suggestion: "horizon"),
        .requiredValueEmpty, .requiredKeyMissing, .notList, .notText(key: "name"), .blank(key: "name"),
        .wholeNumberAbove(key: "quota", maximum: 1_000_000_000), .wholeNumberBelow(key: "quota", minimum: 0),
        .numberAbove(key: "need", maximum: 1_000_000_000), .numberBelowZero(key: "need"), .notBool(key: "hard"),
        .unknownLevel(suggestion: "township"), .tagNotText, .reserveForm, .floorForm, .floorWithoutSelection,
        .unknownTerm(suggestion: "moves"),
        .duplicateID(item: .unit, section: "units", index: 0, at: location), .horizonBelowOne, .horizonAboveMaximum(maximum: 10), .notADate(key: "date"),
        .unknownRegion(suggestion: "sx"), .unknownKind(suggestion: "admin"),
        .notBelowParent(region: "a", parent: "b", parentLevel: .county), .regionCycle(names: ["a", "b", "a"]), .noUnits,
        .atMost(key: "quota", maximum: 1_000_000_000), .attritionAboveHeadcount(unit: "u", attrition: 5, headcount: 3),
        .badTag, .shareOutOfRange(key: "share"), .yearlyShareOutOfRange(key: "attritionRate"),
        .shareOfNeedOutOfRange(key: "needFloor"),
        .duplicatePool(kind: "admin", scope: "sx", index: 0, at: location), .poolWithoutUnits,
        .poolTotalGrows(total: 20, current: 16, units: 2), .noPoolScope(kind: "admin", suggestion: "sx"), .channelToItself,
        .duplicatePriority(index: 0, at: location), .notPositive(key: "weight"), .floorSelectsNoUnit, .emptyTier,
        .termRepeated(tier: 0), .lanesOutOfOrder,
        .exactCheck(.floorsExceedPool(pool: "p", sum: 20, capacity: .total(total: 15, incoming: 0), byRule: [])),
    ]

    static let robustnessMessages: [RobustnessMessage] = [
        .numberNotDecimal(key: "need"), .numberTooSmall(key: "moves", smallest: "0.000001"),
        .outsideScalableRange(lower: "0.000001", upper: "1000000000"), .controlCharacter(key: "name"),
        .secondRoot(first: "cs", firstIndex: 0), .unitTableNotRegular, .unitTableSystemFile, .unitTableBinary,
        .headerNamesNoColumn,
    ]

    static let robustnessFixes: [RobustnessFix] = [
        .writeTextOnOneLine(key: "description"), .removeControlCharacter, .writeInScalableRange,
        .giveParent(region: "zz", root: "cs"), .giveTablePath, .saveAsCSV, .checkUnitsPath,
    ]

    static let registerMessages: [RegisterMessage] = [
        .scenarioIsWorkbook(name: "book.xlsx", path: "d/book.xlsx"), .fileNotText, .tableNotText, .tableIsUTF16,
        .readAs(.gb18030), .fullWidthColon(key: "horizon"), .unusedColumns, .blankColumns, .headerlessData, .totalRows,
        .titleRows, .sheetOnText, .notWorkbook, .noWorksheet, .noSheetNamed("S"), .sheetPartMissing(sheet: "S", part: "p.xml"),
        .sheetDamaged(sheet: "S"), .badCellReference(sheet: "S", reference: "1A"), .missingSharedString(sheet: "S", cell: "A1"),
        .temporaryCopyFailed(folder: "/tmp"), .unplacedUnits(count: 2, root: "qh"), .levelNotUnderstood, .levelFromName,
        .threeLevels(root: "qh"), .noUnitRows,
    ]

    static let registerFixes: [RegisterFix] = [
        .saveAsCSVOrWorkbook, .saveUTF16AsCSV, .checkEncoding, .asciiColon(key: "horizon"), .deleteUnusedColumns,
        .deleteEmptyColumns, .nameTheColumn, .totalsAreComputed, .headerAt(line: 2), .removeSheet, .resaveWorkbook,
        .useSheets(["S1", "S2"]), .addUnitSheet, .temporaryFolderWritable, .addColumn(chinese: "编制数", key: "quota", also: ["quota2"]),
        .fillRegion, .writeLevel(forms: "county/township"), .checkLevels, .setParents, .exportUnitRows,
    ]

    static let registerCLITexts: [RegisterCLIText] = [
        .initAbstract, .initDiscussion, .registerArgument, .outOption, .sheetOption, .forceOption,
        .registerMissing(path: "r.csv"), .outIsRegister(path: "r.csv"), .outExists(path: "s.yaml"), .outIsFolder(path: "out"), .nothingWritten(errors: 2),
        .provinces(path: "r.csv", names: ["a", "b"]), .registerRead("r.csv (UTF-8)"), .columnsMapped,
        .written(path: "s.yaml", units: 7, kinds: 2, regions: 3), .next(path: "s.yaml"), .cannotWrite(detail: "ENOSPC"),
        .ambiguousUnit(query: "h", count: 2), .unknownUnitName(query: "h", suggestions: ["h1"]),
    ]

    static let resultReadProblems: [ResultReadProblem] = [
        .unreadable, .notJSON, .notAnObject, .formatVersion(expected: 2), .notWhole, .beyondAnyFigure,
        .mustBe(.wholeNumber, notNull: false), .mustBe(.text, notNull: true), .requiredKeyMissing, .unknownValue, .notAResult,
        .unknownStatus(known: ["optimal", "feasible"]), .controlCharacter, .unitListedTwice(firstIndex: 0),
        .wholeNumberRange(lower: 0, upper: 10), .changeMismatch(newQuota: 12, quota: 10), .numberRange(upper: 10), .totalBeyond(limit: 10),
    ]

    static let diagnosticFixes: [DiagnosticFix] = [
        .plannerRule(.base), .standard(.selectUnits),
        .untranslated("kept as written"), .register(.checkEncoding),
        .robustness(.writeTextOnOneLine(key: "description")), .robustness(.removeControlCharacter),
        .robustness(.writeInScalableRange), .robustness(.giveParent(region: "zz", root: "cs")),
        .robustness(.giveTablePath), .robustness(.saveAsCSV), .robustness(.checkUnitsPath),
        .resultFile(.useSolvedResult),
        .checkPath, .checkYAMLSyntax, .checkIndentation, .startFromExample, .keepOneEntry,
        .checkUnitTablePath(scenario: "a.yaml"), .closeQuote, .startWithHeader, .renameColumn(to: "name"),
        .keepOneColumn, .addColumn(key: "quota", chinese: "编制数"), .checkCommas,
        .fillIn(key: "id"), .writeAsMapping(example: "{id: a}"), .useOneOf(["a", "b"]), .writeOneOf(["a", "b"]),
        .renameKey(to: "horizon"), .removeKey(known: ["a", "b"]), .writeValue(key: "id"), .addKey(key: "id"),
        .oneEntryPerLine, .writeSingleValue(key: "name"), .writeTrueOrFalse(key: "hard"), .writeTagName,
        .writeExample("0.3", meaning: .thirtyPercent),
        .quota, .headcount, .attrition, .need, .horizon, .writeDate(key: "date"), .poolTotal, .channelCap, .channelCost, .wholeNumberOfQuotas,
        .needFloor, .weight, .multiplier, .objectiveWeight, .laneCost, .floorPenalty, .reserve, .floor, .floorSelection, .realFigure,
        .giveOwnID(.region), .declaredRegionOrRoot, .declaredRegion, .poolScopeRegion, .floorScopeRegion,
        .declaredKinds(["admin", "inst"]), .levelBelow(region: "a", parentLevel: .county), .breakCycle, .listUnits,
        .atMostInPost(headcount: 3), .tagsSeparately, .mergePools, .checkPoolKindScope, .totalAtMost(current: 16),
        .usePoolScope(kind: "admin", scopes: ["sx"]), .differentTo, .mergeClasses, .checkFloorSelection(kind: "admin", scope: "sx"),
        .removeEmptyTier, .oneTierOnly, .orderLanes, .lowerNeedFloor(tag: "t", unit: "u"), .raisePoolTotal, .allowLargerReserve,
    ]

    static let cliMessages: [CLIMessage] = [
        .problemCount(errors: 2, warnings: 1), .notSolved(errors: 2, warnings: 1), .error(detail: "ENOSPC"),
        .internalError(detail: "glp_intopt"), .unknownUnit(id: "u9"),
        .valid(scenario: "a.yaml", units: 8, kinds: 2, regions: 3, pools: 2), .wrote(files: ["a", "b"], folder: "out"), .workbookLeftOut(units: 63_479, limit: 20_000),
        .reportWithoutExplanation(result: "out/result.json"), .conflicts(count: 2, scenario: "a.yaml"), .noAllocationWithinLimit(seconds: "1.0"), .solving(scenario: "a.yaml"),
        .exported(file: "m.mps", rows: 10, columns: 20, nonzeros: 30),
        .generated(folder: "out", scenario: "scenario.yaml", table: "units.csv", units: 400, counties: 1, townships: 12, regions: 13),
        .scenarioInfeasible(path: "a.yaml"), .scenarioWithoutAllocation(path: "a.yaml", status: "noSolution"),
        .atLeastOne(option: "--threads"), .notNegative(option: "--rows"), .positiveSeconds(option: "--time-limit"),
        .nameAFolder(option: "--out"), .nameAFile(option: "--mps", example: "model.mps"), .scenariosOrScale,
        .scenariosOrScaleNotBoth, .seedsForm, .scaleOrBlockUnits, .blockUnitsRange(maximum: 200_000),
    ]

    static let summaryTexts: [SummaryText] = [
        .optimal, .stoppedAtLimit(gap: "10.0%"), .infeasible, .noSolution, .solverFailure,
        .status(verdict: "v", total: "1 s", solve: "0.5 s", units: 8, blocks: 2, rows: 19, columns: 41, threads: 1),
        .objective(total: "1", shortfall: "1", excess: "0", moves: "0", penalties: "0", channels: "0"),
        .moved(cut: 8, gained: 8, reserve: 0, cancelled: 0, unitsChanged: 7), .shortfall(before: "12", after: "6"),
        .soft, .full, .atMost(reason: "r"), .atLeast(reason: "r"), .more(count: 3, file: "allocation.csv"),
        .unitsThatChange(count: 7), .transfers(count: 3), .column(.kind), .seconds("0.012"),
    ]

    static let explainTexts: [ExplainText] = [
        .allocationExists(objective: "1"), .noAllocation, .checksFail(count: 1), .units("u 3"), .fix("f"), .severalConflicts, .conflictsShareRules,
        .conflictHeading(number: 1, count: 2, block: 1, pools: "p"), .groupsCannotHold(count: 2), .waysOutOfConflict, .together(quotas: 3), .outsideRules("a"), .noWayFound, .poolValues, .poolTotalNote,
        .poolDualNote, .measured("m"), .channelValues, .channelNote, .floorsMetExactly,
        .floorLine(name: "f", held: 3, required: 3, dual: "1", meaning: "m"), .rulesThatBind, .atBoundNotBinding, .atBoundUnchecked, .noBindingRule, .notMeasured,
        .interval(inside: true, left: "0", right: "1"), .unitHeading(name: "u", id: "u1", pool: "p"),
        .unitFigures(quota: 10, headcount: 8, attrition: 0, need: "9"), .bounds(lower: 7, upper: 13, lowerDetail: "l", upperDetail: "u"),
        .newQuota(quota: 8, change: "-2", short: "1", above: nil), .why, .whatIf, .column(.pool),
    ]

    static let reportTexts: [ReportText] = [
        .reportTitle, .statusLine(verdict: "v"), .solveTime(solve: "1 s", total: "2 s"), .horizon(years: 1, scenario: "a.yaml", digest: "abc"),
        .headline, .figure, .before, .after, .note, .unchanged, .shortfall, .covered(amount: "3"), .grassrootsShare(kind: "k"),
        .quotasMoved(moved: 8, gained: 8, cut: 8, reserve: 0, cancelled: 0, unitsChanged: 7),
        .objectiveLine(total: "1", shortfall: "1", excess: "0", moves: "0", penalties: "0", channels: "0"),
        .changePerDepartment, .noDepartmentChanges, .department, .change, .kind, .level, .share, .shareByLevel, .coverageByClass,
        .priorityClass, .transferFlows, .fromTo, .flowsBetweenDepartments, .flowsBetweenRegions, .reserve, .cancelled, .others,
        .why, .allocation(units: 8), .unit, .region, .quota, .headcount, .need, .newQuota, .bound, .transfers(count: 3),
        .noTransfers, .moreRows(more: 500, total: 1500, file: "allocation.csv"), .from, .to, .amount, .lane, .beforeToAfter(kind: "k"), .movedBreakdown(gained: 1, cut: 1, reserve: 0, cancelled: 0),
        .quotasMovedLabel, .unitsChanged, .ofUnits(count: 8), .shortfallCovered, .beforeValue(value: "30%"), .solve, .provenOptimal,
        .gap(value: "1%"), .departmentCaption, .levelCaption, .coverageCaption, .flowCaption(total: 8), .objective, .part, .value,
        .total, .excess, .moves, .penalties, .channels, .transferCost, .atUpper(reason: "r"), .atLower(reason: "r"), .footer,
        .noData, .kindBefore(kind: "k"), .kindAfter(kind: "k"), .seeBelow, .unitsBelowPeopleInPost,
        .dated(year: 2026, month: 3, day: 1), .totalQuota(kind: "k"), .gainedCut(gained: 2, cut: 1), .gainedLabel, .cutLabel,
        .reserveLabel, .cancelledLabel, .reserveNote, .cancelledNote, .vacancyLabel, .overQuotaLabel, .summaryByKind, .unitsCount,
        .changedUnits, .departmentChangeOfKind(kind: "k"), .departmentChangeNone(kind: "k"), .staffingTitle, .staffingNote,
        .departuresTitle, .departuresNote, .unitLocked, .unitMinimum(value: 3), .unitMaximum(value: 9), .appendix, .appendixLead,
        .scenarioFile, .digest, .horizonLabel, .years(count: 2), .statusLabel, .solveSeconds, .totalSeconds,
        .modelSize(units: 8, pools: 2, blocks: 1), .modelRows(rows: 10, columns: 20, integers: 8, nonzeros: 40), .threads(count: 2),
        .infeasibleLead, .conflictAndWaysOut, .noExplanation, .whyLead,
        .bindingRulesTitle, .poolValuesTitle, .floorsTitle, .conflictsTitle, .waysOutTitle, .wayOut(number: 1), .modelLabel, .conflictNumber(number: 1, of: 2), .checksTitle, .labelled(label: "`县`", text: "`x`"),
        .oneMore(effect: "`x`"), .oneLess(effect: "`x`"), .objectiveLower(by: "1"), .objectiveHigher(by: "1"), .objectiveSame, .notPossible, .estimate(effect: "`x`"),
        .goesTo(names: "`县`"), .takenFrom(names: "`县`"),
    ]

    static let standardMessages: [StandardMessage] = [
        .formulaCount(written: []), .noSelection, .twoStandards(first: "a", second: "b"),
        .driverMissing(standard: "a", driver: "students"), .selectsNoUnit(standard: "a"), .undeclaredDriver(suggestion: "beds"),
        .derivedNeedTooLarge(standard: "a", maximum: 1_000_000_000),
    ]

    static let standardFixes: [StandardFix] = [
        .writeOneFormula, .positiveFactor(key: "ratio"), .selectUnits, .oneStandardPerUnit, .fillDriver(driver: "students"),
        .checkSelection, .driverNumber(driver: "students"), .useDeclaredDriver(known: ["students", "beds"]), .checkDriverAndFactor,
    ]

    /// Every sample of every catalogue type, with the name of the type it belongs to.
    static var all: [(type: String, entry: any Localizable)] {
        var all: [(String, any Localizable)] = []
        all += diagnosticMessages.map { ("DiagnosticMessage", $0) }
        all += diagnosticFixes.map { ("DiagnosticFix", $0) }
        all += cliMessages.map { ("CLIMessage", $0) }
        all += robustnessMessages.map { ("RobustnessMessage", $0) }
        all += robustnessFixes.map { ("RobustnessFix", $0) }
        all += registerMessages.map { ("RegisterMessage", $0) }
        all += registerFixes.map { ("RegisterFix", $0) }
        all += registerCLITexts.map { ("RegisterCLIText", $0) }
        all += standardMessages.map { ("StandardMessage", $0) }
        all += [StandardMessage.formulaCount(written: ["ratio", "perDriver"])].map { ("StandardMessage", $0) }
        all += standardFixes.map { ("StandardFix", $0) }
        all += [StandardText.derivedNeeds, .derivedNeedsLead, .needFrom, .unitColumn, .derivationColumn,
                .derivedCount(units: 45, overridden: 1), .derivedCount(units: 3, overridden: 0)].map { ("StandardText", $0) }
        all += summaryTexts.map { ("SummaryText", $0) }
        all += HelpText.allCases.map { ("HelpText", $0) }
        all += [
            DiffText.title, .noDifferences, .unitsDiffer(count: 2), .none, .by(.department), .policyDiffers(count: 1),
            .policyUnknown, .objectiveAndTotals, .absent, .onlyA, .onlyB, .column(.unit),
        ].map { ("DiffText", $0) }
        all += DiffColumn.allCases.map { ("DiffColumn", $0) }
        all += AllocationColumn.allCases.map { ("AllocationColumn", $0) }
        all += TransferColumn.allCases.map { ("TransferColumn", $0) }
        all += YearColumn.allCases.map { ("YearColumn", $0) }
        all += WorkbookText.allCases.map { ("WorkbookText", $0) }
        all += YesNo.allCases.map { ("YesNo", $0) }
        all += reportTexts.map { ("ReportText", $0) }
        all += explainTexts.map { ("ExplainText", $0) }
        all += [
            ExplainRuleText.unitRuleGroup(.noDismissals, scope: "p", note: "r"), .poolTotalGroup(pool: "p", total: 74),
            .priorityFloorGroup(className: "c", needFloor: "0.9"), .shareFloorGroup(name: "f", amount: 30), .channelCapGroup(channel: "ch", cap: 3),
            .noCutGroup(className: "c"), .shrinkOnlyGroup(pool: "p"), .unitRuleAdvice(.locked, scope: "u", amount: 8, listed: "u -8"),
            .totalShortWithin(pool: "p", short: 2, total: 70, current: 74), .totalShortBeyond(pool: "p", short: 6, total: 70, current: 74),
            .surplus(pool: "p", surplus: 2), .priorityFloorAdvice(className: "c", tag: "t", amount: 4, listed: "u -4"),
            .shareFloorAdvice(name: "f", amount: 4, from: 30, share: "0.3513", base: 74), .channelCapAdvice(channel: "ch", amount: 1, from: 3),
            .noCutAdvice(className: "c", tag: "t", amount: 2, listed: "u -2"), .shrinkOnlyAdvice(pool: "p", amount: 2, current: 10),
            .andMore(count: 3), .cannotBeMet(group: "g", pools: "p"), .cannotAllHold(groups: ["g", "h"], pools: "p"),
        ].map { ("ExplainRuleText", $0) }
        all += [
            BindingText.group(side: .lower, reason: .changeLimit, binds: true, count: 1, units: "A 8"),
            .group(side: .upper, reason: .poolTotal, binds: false, count: 2, units: "A 8, B 3"),
            .group(side: .lower, reason: .locked, binds: nil, count: 1, units: "A 8"), .andMore(count: 3),
        ].map { ("BindingText", $0) }
        all += [
            OutputProblem.rootFolder, .fileInTheWay, .folderInTheWay, .currentFolder, .cannotListFolder, .subfolderInTheWay,
            .cannotCreateFolder, .cannotCreateBeside, .cannotWrite, .cannotOpenFolder, .cannotFlushFolder, .cannotReadEntry,
            .cannotCarryLink, .cannotCarryFile(detail: "X"), .workbook(detail: "X"), .cannotMoveIntoPlace, .cannotMoveFolderIntoPlace,
            .cannotSwitchFolders, .cannotMoveOldFolderAside, .cannotCreateLock, .cannotLock, .busy(seconds: 30),
        ].map { ("OutputProblem", $0) }
        all += [
            SystemReason.noSpace, .readOnly, .permissionDenied, .notPermitted, .quotaExceeded, .inputOutput, .noSuchEntry,
            .notAFolder, .exists, .isAFolder, .nameTooLong, .tooManyOpenFiles, .crossDevice, .folderNotEmpty, .other(code: 9999),
        ].map { ("SystemReason", $0) }
        all += ExplainColumn.allCases.map { ("ExplainColumn", $0) }
        let shift = { (kind: QuotaShift.Kind, amount: Int) in QuotaShift(kind: kind, id: "u", name: "u", amount: amount) }
        all += [
            ShiftSummary.of([]), .of([shift(.unit, 1)]), .of([shift(.reserve, -1)]), .of([shift(.channel, 1)]), .of([shift(.channel, -1)]),
            .of([shift(.unit, 2), shift(.unit, -1), shift(.unit, -1), shift(.unit, 1)]),
        ].map { ("ShiftSummary", $0) }
        all += [
            UsageText.error("X"), .missingArgument("<scenario>"), .unknownOption("--x", suggestion: "--out"), .unexpectedArgument("b"),
            .invalidValue("fr", option: "--lang", choices: "'zh'"), .missingValue(option: "--threads"), .help("X"), .usage("X"),
            .seeHelp(command: "bianzhi solve"), .seeSubcommandHelp(command: "bianzhi"),
        ].map { ("UsageText", $0) }
        all += HelpHeading.allCases.map { ("HelpHeading", $0) }
        all += resultReadProblems.map { ("ResultReadProblem", $0) }
        all += [ResultValueKind.wholeNumber, .number, .text, .trueOrFalse, .listOrObject].map { ("ResultValueKind", $0) }
        all += [ResultReadFix.useSolvedResult, .solveAgainWithThisVersion].map { ("ResultReadFix", $0) }
        all += DiffFigure.allCases.map { ("DiffFigure", $0) }
        all += AllocationDiff.Dimension.allCases.map { ("Dimension", $0) }
        all += SummaryColumn.allCases.map { ("SummaryColumn", $0) }
        all += ScenarioItem.allCases.map { ("ScenarioItem", $0) }
        all += ExampleMeaning.allCases.map { ("ExampleMeaning", $0) }
        all += Level.allCases.map { ("Level", $0) }
        all += BoundReason.allCases.map { ("BoundReason", $0) }
        all += Transfer.Lane.allCases.map { ("Lane", $0) }
        all += [
            StaffingText.headline(vacancyBefore: 8, vacancyAfter: 6, overQuotaBefore: 2, overQuotaAfter: 0, departuresRelied: 3),
            .groupedBy, .group, .vacancies, .overQuota, .dimension(.pool), .dimension(.level), .dimension(.department),
            .dimension(.region), .moreGroups(count: 4), .belowPeopleInPost(count: 1), .departuresRelied, .attritionDeclared,
        ].map { ("StaffingText", $0) }
        all += [
            YearText.planByYear(years: 3), .year, .unitID, .unitName, .change, .planByYearSheet, .yearNumber(2), .today, .quota, .gained, .cut, .departures, .peopleInPost,
            .recruitment, .overQuotaUnits, .absorption(steps: "a → b"), .overQuotaStep(year: nil, people: 4, units: 2), .overQuotaStep(year: 1, people: 1, units: 1),
            .finalYearNote(years: 3), .diffComparesFinalYear(before: 1, after: 3), .unitPath(steps: "a; b"),
            .unitStep(year: 1, quota: 10, peopleInPost: 9, recruitment: 1), .explainedAsOneRound(years: 3), .chartTitle, .chartNote,
        ].map { ("YearText", $0) }
        all += [
            PlannerRuleMessage.notAFlag(key: "locked"), .protectNeedValue, .noDismissalsValue, .baseValue,
            .minAboveMax(unit: "u", minimum: 9, maximum: 7),
            .emptyRange(unit: "u", lower: 8, lowerReason: .noDismissals, upper: 7, upperReason: .unitMaximum),
        ].map { ("PlannerRuleMessage", $0) }
        all += [
            PlannerRuleFix.minimum, .maximum, .locked, .protectNeed, .noDismissals, .base, .lowerMinimum(maximum: 7),
            .unlockOrMove(unit: "u", lower: 8, upper: 7),
        ].map { ("PlannerRuleFix", $0) }
        all += [PoolCapacity.total(total: 15, incoming: 3), .shrinkOnly(current: 12)].map { ("PoolCapacity", $0) }
        all += [
            FeasibilityMessage.priorityFloorAboveMaximum(
                unit: "u", className: "c", share: "0.9", need: "20", floor: 18, maximum: 12, cap: .changeLimitUp(quota: 10, limit: 2, upper: 12)),
            .unitBoundsConflict(unit: "u", lower: .rule(.locked, value: 8, note: nil), upper: .rule(.unitMaximum, value: 7, note: "r"), gap: 1),
            .floorsExceedPool(pool: "p", sum: 20, capacity: .total(total: 15, incoming: 2), byRule: [RuleSum(reason: .noDismissals, units: 2, amount: 20)]),
            .poolCannotPlace(pool: "p", upper: 10, mustPlace: 20, total: 20, reserve: 0, outgoing: 0),
            .shareFloorAboveMaximum(floor: "f", amount: 30, units: 3, upper: 25),
            .shareFloorExceedsTotal(
                floor: "f", pools: "p", short: 3, after: .noDismissals, amount: 30, others: 2, othersLower: 10,
                byRule: [RuleSum(reason: .noDismissals, units: 2, amount: 10)], capacities: [.shrinkOnly(current: 37)]),
        ].map { ("FeasibilityMessage", $0) }
        all += [
            FeasibilityFix.lowerNeedFloor(tag: "t", share: "0.6", unit: "u"), .unlockUnit(unit: "u"),
            .relaxPoolFloors(short: 3, raiseTotalTo: 20, more: .channelFromAbove), .allowReserve(reserve: 2, short: 2),
            .lowerShareFloor(short: 3), .lowerShareFloorOrOthers(short: 3, channel: true),
        ].map { ("FeasibilityFix", $0) }
        all += [("DiagnosticFix", DiagnosticFix.exactCheck(.unlockUnit(unit: "u")))]
        all += [("RuleSum", RuleSum(reason: .priorityFloor, units: 1, amount: 3))]
        all += [
            BoundDetail.noDismissals(headcount: 12, attrition: 1, lower: 11), .changeLimitDown(quota: 10, limit: 2, lower: 8),
            .changeLimitUp(quota: 10, limit: 2, upper: 12), .priorityFloor(className: "c", share: "0.9", need: "20", lower: 18),
            .zero, .needProtection(quota: 10, need: "12", lower: 10), .priorityNoCut(quota: 10),
            .overQuotaFrozen(headcount: 12, quota: 10), .poolTotal(upper: 30), .rule(.locked, value: 6, note: "r"),
        ].map { ("BoundDetail", $0) }
        all += BoundReason.allCases.map { ("BoundNoun", BoundNoun($0)) }
        let side = ValueNote.measuredSide(lever: .pool, more: true, change: -2, summary: "s")
        all += [
            ValueNote.inNoBlock(.pool), .inNoBlock(.channel), .amountZero(.pool), .amountZero(.channel), .notOptimal,
            .rulesCannotHold, .resolveEnded(status: "timeLimit"), .poolDual(sign: .minus, value: "2"), .poolDual(sign: .plus, value: "2"),
            .poolDual(sign: nil, value: "0"), .channelCost(sign: .minus, value: "1", atCap: true), .channelCost(sign: .plus, value: "1", atCap: false),
            .channelCost(sign: nil, value: "0", atCap: false), side,
            .measuredSide(lever: .channel, more: false, change: nil, summary: "s"), .measuredSide(lever: .pool, more: false, change: 0, summary: "s"),
            .measured(lever: .pool, atCap: false, sides: [side], dual: "-2", interval: "[-3, -2]", inside: true),
            .measured(lever: .channel, atCap: true, sides: [side], dual: "-5", interval: "[-3, -2]", inside: false),
            .floorBinds(change: "3"), .floorMetNoChange, .floorMetNotResolved,
            .coverage(pools: 3, ofPools: 5, channels: 1, ofChannels: 4), .reserveOf(pool: "p"), .channel(kind: "k", from: "a", to: "b"),
        ].map { ("ValueNote", $0) }
        let held = BoundDetail.changeLimitDown(quota: 10, limit: 2, lower: 8)
        all += [
            UnitReasonText.noAllocation(lower: 4, upper: 9), .fixed(lower: held, upper: .rule(.locked, value: 8, note: nil)), .atZero,
            .atLowerNotBinding(lower: 8, detail: held, shortfall: "1"), .heldAtLower(lower: 8, detail: held),
            .keepsAboveNeed(excess: "2", need: "6"), .atUpperAboveNeed(upper: 12, detail: .poolTotal(upper: 12)),
            .heldAtUpper(upper: 12, detail: .overQuotaFrozen(headcount: 13, quota: 12)), .stillShort(shortfall: "3", need: "15"),
            .between(lower: 4, upper: 9), .marginal(up: "-1", down: "1", poolValue: "-0.5"),
        ].map { ("UnitReasonText", $0) }
        all += [
            UnitWhatIfText.lowerBound(rule: BoundNoun(.changeLimit), value: 7), .upperBound(rule: BoundNoun(.unitMaximum), value: 9),
            .oneMoreInPool(pool: "p"), .oneLessInPool(pool: "p"), .infeasible(change: .oneLessInPool(pool: "p")),
            .outcome(change: .oneMoreInPool(pool: "p"), unit: "u", quota: 7, before: 8, objectiveChange: "-1"),
            .outcome(change: .oneMoreInPool(pool: "p"), unit: "u", quota: 8, before: 8, objectiveChange: "0"),
        ].map { ("UnitWhatIfText", $0) }
        all += [
            ("DiagnosticFrame", DiagnosticFrame(severity: .error, field: "units[0].quota", value: "-3", message: "m", fix: "f")),
            ("DiagnosticFrame", DiagnosticFrame(severity: .warning, field: "", value: nil, message: "m", fix: "f")),
        ]
        return all
    }
}
