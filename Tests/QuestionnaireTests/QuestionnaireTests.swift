import Testing
@testable import Questionnaire
