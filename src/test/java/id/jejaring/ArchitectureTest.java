package id.jejaring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * House rules that the compiler does not check (docs/architecture.md): constructor
 * injection, package-private repositories, controllers in {@code web} packages, records
 * (never entities) as JSON, and test naming.
 */
class ArchitectureTest {

	static final String AUTOWIRED = "org.springframework.beans.factory.annotation.Autowired";

	static final String VALUE = "org.springframework.beans.factory.annotation.Value";

	static final String CONTROLLER = "org.springframework.stereotype.Controller";

	static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";

	static final String REQUEST_MAPPING = "org.springframework.web.bind.annotation.RequestMapping";

	static final String ENTITY = "jakarta.persistence.Entity";

	static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";

	static final String EMBEDDABLE = "jakarta.persistence.Embeddable";

	static final String SPRING_DATA_REPOSITORY = "org.springframework.data.repository.Repository";

	static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
			"org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
			"org.junit.jupiter.api.TestFactory", "org.junit.jupiter.api.TestTemplate");

	static final JavaClasses main = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.jejaring");

	static final JavaClasses tests = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("id.jejaring");

	static final JavaClasses everything = new ClassFileImporter().importPackages("id.jejaring");

	@Test
	void noFieldInjection() {
		noFields().should()
			.beAnnotatedWith(AUTOWIRED)
			.orShould()
			.beAnnotatedWith(VALUE)
			.orShould()
			.beAnnotatedWith("jakarta.inject.Inject")
			.orShould()
			.beAnnotatedWith("javax.inject.Inject")
			.orShould()
			.beAnnotatedWith("jakarta.annotation.Resource")
			.because("dependencies come through the constructor into final fields (house rule 1)")
			.check(main);
	}

	@Test
	void springDataRepositoriesAreNotPublic() {
		classes().that()
			.areInterfaces()
			.and()
			.areAssignableTo(SPRING_DATA_REPOSITORY)
			.should()
			.notBePublic()
			.because("a module's data is reached through its service or management API (house rule 2)")
			.check(main);
	}

	@Test
	void controllersLiveInWebPackagesOrUi() {
		classes().that()
			.areAnnotatedWith(CONTROLLER)
			.or()
			.areAnnotatedWith(REST_CONTROLLER)
			.should()
			.resideInAnyPackage("id.jejaring..web..", "id.jejaring.ui..")
			.because("a module keeps its HTML and JSON controllers in its web package")
			.check(main);
	}

	@Test
	void restControllersAnswerRecordsNeverEntities() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(REST_CONTROLLER)
			.and()
			.areMetaAnnotatedWith(REQUEST_MAPPING)
			.should(answerRecordsNotEntities())
			.because("entities never reach JSON: responses are records such as PartnerResponse.of(partner)")
			.check(main);
	}

	@Test
	void mainCodeDoesNotDependOnTestCode() {
		noClasses().that(areTestCode().negate())
			.should()
			.dependOnClassesThat(areTestCode())
			.because("test helpers and probes must not leak into the application")
			.check(everything);
	}

	@Test
	void testClassesAreNamedTest() {
		classes().that(haveTestMethods())
			.and()
			.areTopLevelClasses()
			.should()
			.haveSimpleNameEndingWith("Test")
			.because("surefire runs *Test classes only; anything else would silently never run")
			.check(tests);
	}

	@Test
	void browserTestsAreNamedBrowserTest() {
		classes().that()
			.areAnnotatedWith(BrowserTest.class)
			.should()
			.haveSimpleNameEndingWith("BrowserTest")
			.because("browser tests are slow and named so that they can be run or left out together")
			.check(tests);
		classes().that()
			.haveSimpleNameEndingWith("BrowserTest")
			.and()
			.areNotAnnotations()
			.should()
			.beAnnotatedWith(BrowserTest.class)
			.check(tests);
	}

	private static DescribedPredicate<JavaClass> areTestCode() {
		return DescribedPredicate.describe("are test code",
				(javaClass) -> javaClass.getSource()
					.map((source) -> source.getUri().toString().contains("/test-classes/"))
					.orElse(false));
	}

	private static DescribedPredicate<JavaClass> haveTestMethods() {
		return DescribedPredicate.describe("have test methods",
				(javaClass) -> javaClass.getMethods()
					.stream()
					.anyMatch((method) -> TEST_ANNOTATIONS.stream().anyMatch(method::isAnnotatedWith)));
	}

	/**
	 * The return type and its type arguments contain no entity and only records as data.
	 */
	private static ArchCondition<JavaMethod> answerRecordsNotEntities() {
		return new ArchCondition<>("answer records, never entities") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				List<JavaClass> types = new ArrayList<>();
				collect(method.getReturnType(), types);
				for (JavaClass type : types) {
					boolean entity = type.isAnnotatedWith(ENTITY) || type.isAnnotatedWith(EMBEDDABLE)
							|| type.getAllRawSuperclasses()
								.stream()
								.anyMatch((s) -> s.isAnnotatedWith(MAPPED_SUPERCLASS));
					boolean ours = type.getPackageName().startsWith("id.jejaring");
					if (entity || (ours && !type.isRecord() && !type.isEnum())) {
						events.add(SimpleConditionEvent.violated(method,
								method.getFullName() + " answers " + type.getName() + ", which is not a record"));
					}
				}
			}
		};
	}

	private static void collect(JavaType type, List<JavaClass> into) {
		into.add(type.toErasure());
		if (type instanceof JavaParameterizedType parameterized) {
			parameterized.getActualTypeArguments().forEach((argument) -> collect(argument, into));
		}
		else if (type instanceof JavaWildcardType wildcard) {
			wildcard.getUpperBounds().forEach((bound) -> collect(bound, into));
		}
		if (type.toErasure().isArray()) {
			into.add(type.toErasure().getBaseComponentType());
		}
	}

}
