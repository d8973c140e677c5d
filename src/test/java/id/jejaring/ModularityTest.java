package id.jejaring;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.json.BasicJsonParser;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The application modules (direct sub-packages of {@code id.jejaring}) only use each
 * other's APIs and have no cycles; the module documentation (C4 and UML component
 * diagrams, module canvases) is written to {@code target/spring-modulith-docs}.
 */
class ModularityTest {

	static final ApplicationModules modules = ApplicationModules.of(JejaringApplication.class);

	static final Path JAVADOC = Path.of("target/generated-spring-modulith/javadoc.json");

	@Test
	void modulesAreVerified() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
			.writeDocumentation();

		assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
		assertThat(Path.of("target/spring-modulith-docs/module-institution.adoc")).exists();
	}

	/**
	 * Spring Modulith 2.1.1 reads the Javadoc that its annotation processor extracted
	 * with Boot's {@link BasicJsonParser}, which fails on straight double quotes with a
	 * comma between them (spring-modulith#1762); the Documenter then dies with an
	 * ExceptionInInitializerError that names no class. This names the Javadoc to fix: use
	 * typographic quotes (“…”) in Javadoc prose.
	 */
	@Test
	void javadocIsReadableByTheDocumenter() throws Exception {
		assumeThat(JAVADOC).exists();
		ObjectMapper json = JsonMapper.builder().build();
		JsonNode entries = json.readTree(Files.readString(JAVADOC, StandardCharsets.UTF_8));
		List<String> unreadable = new ArrayList<>();
		for (JsonNode entry : entries) {
			try {
				new BasicJsonParser().parseList("[" + json.writeValueAsString(entry) + "]");
			}
			catch (RuntimeException ex) {
				unreadable.add(entry.get("name").asString());
			}
		}
		assertThat(unreadable).as("Javadoc the module Documenter cannot read (straight quotes around a comma?)")
			.isEmpty();
	}

}
