package org.pecgov.web;

import java.util.ArrayList;
import java.util.List;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestIdValveTest {

	private final List<String> seenByTomcat = new ArrayList<>();

	private final RequestIdValve valve = new RequestIdValve();

	@Test
	void whatTomcatLogsWhileTheRequestRunsCarriesItsIdEvenWhenTheRequestFails() {
		// Tomcat's own error log line is written inside the pipeline, after the filters have finished
		this.valve.setNext(new ValveBase() {
			@Override
			public void invoke(Request request, Response response) {
				RequestIdValveTest.this.seenByTomcat.add(MDC.get(RequestIdFilter.MDC_KEY));
				throw new IllegalStateException("a failure Tomcat logs");
			}
		});
		Request request = new Request(new Connector(), new org.apache.coyote.Request());
		request.getCoyoteRequest().getMimeHeaders().addValue(RequestIdFilter.HEADER).setString("req-7");
		Response response = new Response(new org.apache.coyote.Response());

		assertThatThrownBy(() -> this.valve.invoke(request, response)).isInstanceOf(IllegalStateException.class);

		assertThat(this.seenByTomcat).containsExactly("req-7");
		assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("req-7");
		assertThat(MDC.get(RequestIdFilter.MDC_KEY)).as("not left on the thread").isNull();
	}

	@Test
	void anUnsafeIdIsReplaced() {
		assertThat(RequestIdFilter.idFor("<script>")).isNotEqualTo("<script>").hasSize(36);
		assertThat(RequestIdFilter.idFor(null)).hasSize(36);
		assertThat(RequestIdFilter.idFor("abc-123")).isEqualTo("abc-123");
	}

}
