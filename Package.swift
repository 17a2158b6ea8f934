// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "zoufang",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "zoufang", targets: ["zoufang"]),
        .library(name: "Spreadsheet", targets: ["Spreadsheet"]),
        .library(name: "Questionnaire", targets: ["Questionnaire"]),
        .library(name: "Validation", targets: ["Validation"]),
        .library(name: "Tabulation", targets: ["Tabulation"]),
        .library(name: "EntryTemplate", targets: ["EntryTemplate"]),
        .library(name: "Annotation", targets: ["Annotation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Format layer: cells, workbooks, XLSX and CSV readers and writers. Knows nothing of questionnaires.
        .target(name: "Spreadsheet", dependencies: ["CLibZip", "CLibXML2"]),
        // Schemas, header mapping, value typing, records.
        .target(
            name: "Questionnaire",
            dependencies: ["Spreadsheet"],
            resources: [.copy("Resources/household-visit.md"), .copy("Resources/pupil-roster.md")]
        ),
        // Rules, duplicates, accounting, the issue list.
        .target(name: "Validation", dependencies: ["Questionnaire", "CLibZip"]),
        // Grouping, measures, subtotals, table layouts, the summary workbook.
        .target(name: "Tabulation", dependencies: ["Questionnaire", "Spreadsheet"]),
        // The blank entry workbook made from a schema: dropdowns, bounds, formats, 说明.
        .target(name: "EntryTemplate", dependencies: ["Questionnaire", "Spreadsheet"]),
        // Each return given back with its problems marked (patched .xlsx, or a CSV's rows as .xlsx).
        .target(name: "Annotation", dependencies: ["Spreadsheet", "Questionnaire", "Validation", "Tabulation"]),
        .executableTarget(
            name: "zoufang",
            dependencies: [
                "Spreadsheet", "Questionnaire", "Validation", "Tabulation", "EntryTemplate", "Annotation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Reads a CSV file and reports the time, for scripts/bench-csv-read (not a product).
        .executableTarget(name: "bench-csv-read", dependencies: ["Spreadsheet"], path: "Benchmarks/csv-read"),
        // Feeds synthetic households through Validator, for scripts/bench-validation (not a product).
        .executableTarget(
            name: "bench-validation", dependencies: ["Questionnaire", "Validation"], path: "Benchmarks/validation"),
        // Paths, process running and outside tools shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "TestSupport"]),
        .testTarget(name: "QuestionnaireTests", dependencies: ["Questionnaire", "TestSupport"]),
        .testTarget(name: "ValidationTests", dependencies: ["Validation", "TestSupport"]),
        .testTarget(name: "TabulationTests", dependencies: ["Tabulation", "TestSupport"]),
        .testTarget(name: "EntryTemplateTests", dependencies: ["EntryTemplate", "TestSupport"]),
        .testTarget(
            name: "AnnotationTests", dependencies: ["Annotation", "Spreadsheet", "Questionnaire", "Validation", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["zoufang", "TestSupport"]),
        // Hostile files, nothing-lost differential runs and parallel reading, through the built `zoufang`.
        .testTarget(
            name: "RobustnessTests",
            dependencies: ["Spreadsheet", "Questionnaire", "Validation", "zoufang", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
