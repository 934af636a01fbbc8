package dk.kk.hfi.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import dk.kk.hfi.common.Copenhagen;

/**
 * The draws of one demo data set: what they draw from, for which day, and the one seeded
 * {@link Random} they all take their turn from, so that the same seed, day and order of
 * draws give the same data set.
 */
final class DemoDraws {

	private final Random random;

	private final LocalDate today;

	private final DemoContent content;

	DemoDraws(long seed, LocalDate today, DemoContent content) {
		this.random = new Random(seed);
		this.today = today;
		this.content = content;
	}

	/** The day the data set describes. */
	LocalDate today() {
		return this.today;
	}

	/** The hand-written names and texts. */
	DemoContent content() {
		return this.content;
	}

	/** The Random itself, for a draw of another kind. */
	Random random() {
		return this.random;
	}

	double nextDouble() {
		return this.random.nextDouble();
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	int between(int from, int to) {
		return from + this.random.nextInt(to - from + 1);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	<T> List<T> picks(List<T> values, int count) {
		List<T> shuffled = new ArrayList<>(values);
		Collections.shuffle(shuffled, this.random);
		return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
	}

	int weighted(int[] values, double[] weights) {
		double roll = this.random.nextDouble();
		double sum = 0;
		for (int i = 0; i < values.length; i++) {
			sum += weights[i];
			if (roll < sum) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	Deque<String> shuffled(List<String> values) {
		List<String> copy = new ArrayList<>(values);
		Collections.shuffle(copy, this.random);
		return new ArrayDeque<>(copy);
	}

	/** A time of day during office hours on the given day, in Copenhagen. */
	Instant instant(LocalDate day) {
		return day.atTime(between(8, 15), 15 * between(0, 3)).atZone(Copenhagen.ZONE).toInstant();
	}

}
