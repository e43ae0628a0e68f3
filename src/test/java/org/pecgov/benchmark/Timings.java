package org.pecgov.benchmark;

import java.util.Arrays;
import java.util.Map;

import org.pecgov.support.BrowserlessSession;

/**
 * Times pages through HTTP for the benchmarks: warm-up requests first, then the measured ones, each checked to answer
 * 200, and a table of median, 95th percentile and maximum.
 */
final class Timings {

	private Timings() {
	}

	static void print(BrowserlessSession session, Map<String, String> pages, int warmUp, int runs) {
		System.out.printf("%-26s %10s %10s %10s%n", "page", "median ms", "p95 ms", "max ms");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			long[] times = measure(session, page.getValue(), warmUp, runs);
			System.out.printf("%-26s %10.1f %10.1f %10.1f%n", page.getKey(), ms(times[times.length / 2]),
					ms(times[(int) (times.length * 0.95)]), ms(times[times.length - 1]));
		}
	}

	private static long[] measure(BrowserlessSession session, String path, int warmUp, int runs) {
		for (int i = 0; i < warmUp; i++) {
			check(session, path);
		}
		long[] times = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			check(session, path);
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		return times;
	}

	private static void check(BrowserlessSession session, String path) {
		int status = session.get(path).status();
		if (status != 200) {
			throw new IllegalStateException(path + " answered " + status);
		}
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

}
