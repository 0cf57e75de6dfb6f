package id.go.dinsos.sop.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The national holidays and <i>cuti bersama</i> on which the offices are closed. They are set each
 * year by an SKB of three ministers and sometimes changed during the year, so they are data
 * ({@code holidays-YYYY.csv}: date,kind,name) that an administrator can replace in
 * {@code dinsos.calendar.holidays-dir} and {@link #reload()} without restarting the engine.
 */
@Component
public class HolidayCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(HolidayCalendar.class);
  private static final String SHIPPED_FILES = "classpath*:calendar/holidays-*.csv";
  private static final Pattern FILE_NAME = Pattern.compile("holidays-(\\d{4})\\.csv");
  private static final String HEADER = "date,kind,name";

  /** What the SKB calls the day; both close the offices. */
  private enum Kind {
    LIBUR("libur"), CUTI_BERSAMA("cuti-bersama");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    static Kind of(String code) {
      return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "kind '" + code + "' is neither libur nor cuti-bersama"));
    }
  }

  /** One line of a holiday file. */
  private record Holiday(LocalDate date, Kind kind, String name) {
  }

  private final Path directory;
  private volatile Set<LocalDate> closedDates = Set.of();

  public HolidayCalendar(CalendarProperties properties) {
    this.directory = properties.holidaysDir();
    reload();
  }

  /** Whether the offices are closed all day for a national holiday or cuti bersama. */
  public boolean isHoliday(LocalDate date) {
    return closedDates.contains(date);
  }

  /**
   * Reads the holiday files again: those in {@code dinsos.calendar.holidays-dir} when it is set,
   * otherwise the shipped ones. Nothing changes when a file is missing or wrong.
   *
   * @return the number of holidays loaded
   * @throws IllegalStateException naming the file and line that could not be read
   */
  public synchronized int reload() {
    List<Holiday> holidays = new ArrayList<>();
    String source;
    if (directory != null) {
      source = directory.toAbsolutePath().toString();
      for (Path file : filesIn(directory)) {
        holidays.addAll(read(file.getFileName().toString(), () -> Files.newInputStream(file)));
      }
    } else {
      source = "classpath:calendar";
      for (Resource resource : shippedFiles()) {
        holidays.addAll(read(resource.getFilename(), resource::getInputStream));
      }
    }
    closedDates = holidays.stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet());
    LOG.info("{} holidays loaded from {}: {}", holidays.size(), source, summary(holidays));
    return holidays.size();
  }

  private static List<Path> filesIn(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalStateException("dinsos.calendar.holidays-dir " + directory.toAbsolutePath()
          + " is not a folder");
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> found = files
          .filter(file -> FILE_NAME.matcher(file.getFileName().toString()).matches())
          .sorted().toList();
      if (found.isEmpty()) {
        throw new IllegalStateException("No holidays-YYYY.csv in " + directory.toAbsolutePath());
      }
      return found;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot list " + directory.toAbsolutePath() + ": " + e, e);
    }
  }

  private static List<Resource> shippedFiles() {
    try {
      return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(SHIPPED_FILES))
          .sorted(Comparator.comparing(Resource::getFilename)).toList();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot list " + SHIPPED_FILES + ": " + e, e);
    }
  }

  private interface Source {
    InputStream open() throws IOException;
  }

  private static List<Holiday> read(String fileName, Source source) {
    Matcher name = FILE_NAME.matcher(fileName);
    if (!name.matches()) {
      throw new IllegalStateException(fileName + " is not named holidays-YYYY.csv");
    }
    int year = Integer.parseInt(name.group(1));
    List<Holiday> holidays = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(source.open(), StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#") || content.equalsIgnoreCase(HEADER)) {
          continue;
        }
        try {
          holidays.add(parse(content, year));
        } catch (IllegalArgumentException | DateTimeParseException e) {
          throw new IllegalStateException(
              fileName + " line " + lineNumber + ": " + e.getMessage() + " in '" + line + "'", e);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + fileName + ": " + e, e);
    }
    return holidays;
  }

  private static Holiday parse(String line, int year) {
    String[] fields = line.split(",", 3);
    if (fields.length < 3 || fields[2].isBlank()) {
      throw new IllegalArgumentException("expected " + HEADER);
    }
    LocalDate date = LocalDate.parse(fields[0].strip());
    if (date.getYear() != year) {
      throw new IllegalArgumentException(date + " is not in " + year);
    }
    return new Holiday(date, Kind.of(fields[1].strip()), fields[2].strip());
  }

  private static String summary(List<Holiday> holidays) {
    Map<Integer, Map<Kind, Long>> perYear = holidays.stream().collect(Collectors.groupingBy(
        holiday -> holiday.date().getYear(), TreeMap::new,
        Collectors.groupingBy(Holiday::kind, TreeMap::new, Collectors.counting())));
    return perYear.entrySet().stream()
        .map(year -> year.getKey() + " " + year.getValue().entrySet().stream()
            .map(kind -> kind.getValue() + " " + kind.getKey().code)
            .collect(Collectors.joining(" + ")))
        .collect(Collectors.joining(", "));
  }
}
