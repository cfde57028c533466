import Bianzhi

/// ArgumentParser's usage errors in the run's language: its English lines are matched and
/// re-worded through ``UsageText``; a line it does not recognise stays as it is.
enum UsageTranslation {
    /// The whole message (error, help, usage and the pointer to --help) in `language`.
    static func translate(_ message: String, _ language: Language) -> String {
        guard language != .en else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line(String($0), language)?.text(language) ?? String($0) }
            .joined(separator: "\n")
    }

    /// A `--help` page in `language`: ArgumentParser's headings and fixed phrases replaced
    /// (the texts themselves come from the catalogue already).
    static func translateHelp(_ page: String, _ language: Language) -> String {
        guard language != .en else { return page }
        var text = page
        for heading in HelpHeading.allCases {
            // Chinese punctuation carries its own space: `USAGE: x` becomes `用法：x`.
            text = text.replacingOccurrences(of: heading.rawValue + " ", with: heading.text(language))
                .replacingOccurrences(of: heading.rawValue, with: heading.text(language))
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard let m = line.wholeMatch(of: /\ \ See '(.*) help <subcommand>' for detailed help\./) else { return String(line) }  // i18n-exempt: ArgumentParser's words
            return UsageText.seeSubcommandHelp(command: String(m.1)).text(language)
        }.joined(separator: "\n")
    }

    /// One line of ArgumentParser's message as a catalogue entry; `nil` when unknown.
    static func line(_ text: String, _ language: Language) -> UsageText? {
        if let m = text.wholeMatch(of: /Error: (.*)/) { return .error(error(String(m.1))?.text(language) ?? String(m.1)) }  // i18n-exempt: ArgumentParser's words
        if let m = text.wholeMatch(of: /Help: +(.*)/) { return .help(String(m.1)) }
        if let m = text.wholeMatch(of: /Usage: (.*)/) { return .usage(String(m.1)) }
        if let m = text.wholeMatch(of: /\ \ See '(.*) --help' for more information\./) { return .seeHelp(command: String(m.1)) }  // i18n-exempt: ArgumentParser's words
        return nil
    }

    /// The error itself; `nil` for messages of Bianzhi's own (already in the catalogue).
    static func error(_ text: String) -> UsageText? {
        if let m = text.wholeMatch(of: /Missing expected argument '(.*)'/) { return .missingArgument(String(m.1)) }  // i18n-exempt: ArgumentParser's words
        if let m = text.wholeMatch(of: /Unknown option '(.*)'\. Did you mean '(.*)'\?/) { return .unknownOption(String(m.1), suggestion: String(m.2)) }  // i18n-exempt: ArgumentParser's words
        if let m = text.wholeMatch(of: /Unknown option '(.*)'/) { return .unknownOption(String(m.1), suggestion: nil) }  // i18n-exempt: ArgumentParser's words
        if let m = text.wholeMatch(of: /Unexpected argument '(.*)'/) { return .unexpectedArgument(String(m.1)) }  // i18n-exempt: ArgumentParser's words
        if let m = text.wholeMatch(of: /The value '(.*)' is invalid for '(.*)'\. Please provide one of (.*)\./) {  // i18n-exempt: ArgumentParser's words
            return .invalidValue(String(m.1), option: String(m.2), choices: choices(String(m.3)))
        }
        if let m = text.wholeMatch(of: /The value '(.*)' is invalid for '(.*)'/) { return .invalidValue(String(m.1), option: String(m.2), choices: nil) }  // i18n-exempt: ArgumentParser's words
        if let m = text.wholeMatch(of: /Missing value for '(.*)'/) { return .missingValue(option: String(m.1)) }  // i18n-exempt: ArgumentParser's words
        return nil
    }

    /// `'a', 'b', and 'c'` as the list it names, joined the Chinese way (`'a'、'b'、'c'`).
    static func choices(_ text: String) -> String {
        text.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { "'\($0.element)'" }.joined(separator: "、")
    }
}
