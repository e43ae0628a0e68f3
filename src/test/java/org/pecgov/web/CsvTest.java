package org.pecgov.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

	@Test
	void neutralisesCellsThatASpreadsheetWouldRun() {
		assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(Csv.cell("+44 20")).isEqualTo("'+44 20");
		assertThat(Csv.cell("-5")).isEqualTo("'-5");
		assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(Csv.cell("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void leavesOtherCellsAsTheyAre() {
		assertThat(Csv.cell("Shares in Acme")).isEqualTo("Shares in Acme");
		assertThat(Csv.cell("a=b")).isEqualTo("a=b");
		assertThat(Csv.cell("")).isEmpty();
		assertThat(Csv.cell(null)).isEmpty();
	}

}
