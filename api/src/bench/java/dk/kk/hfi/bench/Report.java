package dk.kk.hfi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The figures of one run, each with its target, written as Markdown and JSON. */
final class Report {

	static final String COMMAND = "./mvnw -Pbenchmark -pl api -am verify";

	private final Map<String, Object> machine = new LinkedHashMap<>();

	private final List<Map<String, Object>> figures = new ArrayList<>();

	private final Map<String, Object> details = new LinkedHashMap<>();

	void machine(long familiesInStore) {
		this.machine.put("date", Instant.now().toString());
		this.machine.put("command", COMMAND);
		this.machine.put("commit", git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain").isBlank() ? ""
				: " (with uncommitted changes)"));
		this.machine.put("cpu", cpuModel());
		this.machine.put("cores", Runtime.getRuntime().availableProcessors());
		this.machine.put("memory", memTotal());
		this.machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		this.machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		this.machine.put("heap (-Xmx of the in-process run)", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
		this.machine.put("store (in-process targets)", "embedded mongo-java-server, in-memory backend, "
				+ familiesInStore + " families (44 demo + 1111 benchmark clones)");
	}

	void figure(String target, String name, Object value, String goal, Boolean met) {
		Map<String, Object> figure = new LinkedHashMap<>();
		figure.put("target", target);
		figure.put("figure", name);
		figure.put("value", value);
		figure.put("goal", goal);
		figure.put("met", met);
		this.figures.add(figure);
		System.out.printf("[benchmark] %s %s = %s %s%n", target, name, value, (goal != null) ? "(target " + goal
				+ ((met != null) ? (met ? ", met" : ", MISSED") : "") + ")" : "");
	}

	void detail(String name, Object value) {
		this.details.put(name, value);
	}

	void write(Path directory, JsonMapper json) throws IOException {
		Files.createDirectories(directory);
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("machine", this.machine);
		all.put("figures", this.figures);
		all.put("details", this.details);
		Files.writeString(directory.resolve("report.json"),
				json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(all));
		StringBuilder md = new StringBuilder("# HFI Family Graph benchmark\n\n");
		this.machine.forEach((key, value) -> md.append("- **").append(key).append("**: ").append(value).append('\n'));
		md.append("\n| target | figure | measured | target value | met |\n|---|---|---|---|---|\n");
		for (Map<String, Object> figure : this.figures) {
			Object met = figure.get("met");
			md.append("| ")
				.append(figure.get("target"))
				.append(" | ")
				.append(figure.get("figure"))
				.append(" | ")
				.append(figure.get("value"))
				.append(" | ")
				.append((figure.get("goal") != null) ? figure.get("goal") : "")
				.append(" | ")
				.append((met == null) ? "" : ((Boolean) met ? "yes" : "**no**"))
				.append(" |\n");
		}
		Files.writeString(directory.resolve("report.md"), md.toString());
	}

	static String git(String... args) {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes()).strip();
			process.waitFor(10, TimeUnit.SECONDS);
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "?";
		}
	}

	private static String cpuModel() {
		return fromProc("cpuinfo", "model name", (line) -> line.substring(line.indexOf(':') + 1).strip());
	}

	private static String memTotal() {
		return fromProc("meminfo", "MemTotal",
				(line) -> (Long.parseLong(line.replaceAll("\\D+", "")) / 1024) + " MiB");
	}

	/** The first line of {@code /proc/<file>} that starts with {@code key}, read by {@code value}; else "?". */
	private static String fromProc(String file, String key, Function<String, String> value) {
		try {
			return Files.readAllLines(Path.of("/proc", file))
				.stream()
				.filter((line) -> line.startsWith(key))
				.map(value)
				.findFirst()
				.orElse("?");
		}
		catch (IOException ex) {
			return "?";
		}
	}

}
