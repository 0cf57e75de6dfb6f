package id.go.dinsos.sop.sla.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's bar chart, laid out on the server: one horizontal bar per step with finished cases,
 * as long as the share finished within the mutu baku. The page draws it as inline SVG, the PDF as
 * blocks of the same widths.
 *
 * @param width of the whole SVG in pixels
 * @param height of the whole SVG in pixels
 * @param labelWidth room for the step names left of the bars
 * @param barWidth length of a 100% bar
 */
public record SlaChart(int width, int height, int labelWidth, int barWidth, List<Bar> bars, List<Tick> ticks) {

  static final int BAR_HEIGHT = 18;
  static final int ROW_HEIGHT = 28;
  static final int TOP = 8;
  static final int AXIS = 24;
  static final int LABEL_WIDTH = 330;
  static final int BAR_WIDTH = 360;
  static final int VALUE_WIDTH = 70;
  static final int MAX_LABEL = 46;

  /** Share at or above which a step is shown green, and amber from {@link #AMBER} up; red below. */
  static final double GREEN = 0.9;
  static final double AMBER = 0.7;

  /**
   * @param label the step name, shortened to fit
   * @param title SOP and full step name (tooltip)
   * @param percent the share as a number from 0 to 100, for the PDF's blocks
   * @param colour fill colour by how well the mutu baku was kept
   */
  public record Bar(String label, String title, int y, int length, double percent, String value, String colour) {

    public int textY() {
      return y + BAR_HEIGHT - 4;
    }

    public int barHeight() {
      return BAR_HEIGHT;
    }
  }

  /** A vertical guide line at 0, 50 and 100%. */
  public record Tick(int x, String label) {
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }

  public int axisY() {
    return height - AXIS + 16;
  }

  public int plotBottom() {
    return height - AXIS;
  }

  public static SlaChart of(SlaReport report, SlaFormat format) {
    List<Bar> bars = new ArrayList<>();
    for (SlaReport.Sop sop : report.sops()) {
      for (SlaReport.Step step : sop.steps()) {
        Double share = step.shareWithinStandard();
        if (share == null) {
          continue;
        }
        int y = TOP + bars.size() * ROW_HEIGHT;
        bars.add(new Bar(shorten(step.name()), sop.name() + ": " + step.name(), y,
            (int) Math.round(share * BAR_WIDTH), Math.round(share * 1000) / 10.0, format.percent(share),
            share >= GREEN ? "#2e7d32" : share >= AMBER ? "#f9a825" : "#c62828"));
      }
    }
    int height = TOP + bars.size() * ROW_HEIGHT + AXIS;
    List<Tick> ticks = List.of(new Tick(LABEL_WIDTH, "0%"), new Tick(LABEL_WIDTH + BAR_WIDTH / 2, "50%"),
        new Tick(LABEL_WIDTH + BAR_WIDTH, "100%"));
    return new SlaChart(LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH, height, LABEL_WIDTH, BAR_WIDTH, bars, ticks);
  }

  private static String shorten(String name) {
    return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1).strip() + "…";
  }
}
