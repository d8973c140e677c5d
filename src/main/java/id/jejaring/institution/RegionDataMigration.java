package id.jejaring.institution;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads every province, regency/city and district of Indonesia from {@code regions.csv}
 * (Kepmendagri 300.2.2-2138/2025) once, under Flyway's lock, so several app nodes
 * starting together cannot load it twice. Parents precede children in the file.
 */
@Component
class RegionDataMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("4");
	}

	@Override
	public String getDescription() {
		return "load regions of Indonesia";
	}

	@Override
	public Integer getChecksum() {
		return 7838;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws IOException, java.sql.SQLException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource("regions/regions.csv").getInputStream(),
				StandardCharsets.UTF_8);
				PreparedStatement insert = context.getConnection()
					.prepareStatement("insert into region (code, name, level, parent_code) values (?, ?, ?, ?)")) {
			int batch = 0;
			for (CSVRecord row : format.parse(reader)) {
				insert.setString(1, row.get("code"));
				insert.setString(2, row.get("name"));
				insert.setString(3, row.get("level"));
				String parent = row.get("parent_code");
				insert.setString(4, parent.isBlank() ? null : parent);
				insert.addBatch();
				if (++batch % 1000 == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
	}

}
