import Testing
@testable import Tabulation
