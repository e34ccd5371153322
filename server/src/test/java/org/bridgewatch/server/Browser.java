package org.bridgewatch.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver) driven by Selenium, with explicit
 * waits only. Without the browser the tests are skipped, except under CI=true where they fail.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final int PHONE_WIDTH = 390;
  static final int PHONE_HEIGHT = 844;

  final ChromeDriver driver;
  private final String base;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  static void require() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message);
    }
    Assumptions.abort(message);
  }

  static Browser open(int port) {
    return open(port, false);
  }

  /**
   * A phone: Chrome's mobile emulation of a 390 x 844 CSS-pixel screen (an iPhone 12-14's), so the
   * page's viewport meta and media queries apply as on a phone.
   */
  static Browser openPhone(int port) {
    return open(port, true);
  }

  private static Browser open(int port, boolean phone) {
    ChromeOptions options = new ChromeOptions();
    if (phone) {
      options.setExperimentalOption("mobileEmulation", Map.of(
          "deviceMetrics", Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0, "touch", true),
          "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
              + " Chrome/156.0.0.0 Mobile Safari/537.36"));
    }
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1100,1400");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    if (!phone) {
      driver.manage().window().setSize(new Dimension(1100, 1400));
    }
    return new Browser(driver, "http://127.0.0.1:" + port);
  }

  Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  boolean present(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  /** Whether the element is shown now (it may exist hidden); does not wait. */
  boolean displayed(String css) {
    List<WebElement> found = driver.findElements(By.cssSelector(css));
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  String text(String css) {
    return find(css).getText();
  }

  void click(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  /** Sets a long value at once (typing hundreds of keys is slow), then fires the input event. */
  void fill(String css, String text) {
    WebElement field = find(css);
    driver.executeScript("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, text);
  }

  void waitForPath(String prefix) {
    wait.until(d -> path().startsWith(prefix));
  }

  void waitForText(String css, String expected) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
  }

  void signIn(String key) {
    driver.manage().deleteAllCookies();
    go("/signin");
    type("#key", key);
    click("#signin-form button[type=submit]");
    waitForPath("/");
    find("#nav-profile");
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Screenshot of the whole page: the window grows to the page's height first. */
  void fullScreenshot(String name) {
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(1100, Math.min(4000, Math.max(800, height.intValue() + 40))));
    screenshot(name);
    driver.manage().window().setSize(new Dimension(1100, 1400));
  }

  /** Types into whatever has the keyboard focus, as a person at a keyboard would. */
  void keys(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  /**
   * Presses Tab until the element matching {@code css} has the focus, at most {@code maxPresses}
   * times; every element the focus passes must show a visible focus ring (an outline at least 2 px
   * wide), as a keyboard user needs to see where they are.
   */
  void tabTo(String css, int maxPresses) {
    WebElement wanted = find(css);
    for (int i = 0; i < maxPresses; i++) {
      keys(Keys.TAB);
      WebElement focused = driver.switchTo().activeElement();
      String ring = (String) driver.executeScript("""
          const s = getComputedStyle(document.activeElement);
          return s.outlineStyle + ' ' + s.outlineWidth;
          """);
      Assertions.assertTrue(!ring.startsWith("none") && Double.parseDouble(ring.split(" ")[1].replace("px", "")) >= 2,
          () -> "no visible focus ring (" + ring + ") on " + focused.getTagName() + "#" + focused.getAttribute("id")
              + " '" + focused.getText() + "'");
      if (focused.equals(wanted)) {
        return;
      }
    }
    Assertions.fail(css + " not reached with " + maxPresses + " presses of Tab");
  }

  /** The id of the element that has the keyboard focus ("" if it has none). */
  String focusedId() {
    return (String) driver.executeScript("return document.activeElement ? document.activeElement.id : ''");
  }

  /** Form controls of the current page with no label (label element, aria-label or aria-labelledby). */
  List<String> unlabelledControls() {
    @SuppressWarnings("unchecked")
    List<String> found = (List<String>) driver.executeScript("""
        return Array.from(document.querySelectorAll('input:not([type=hidden]), textarea, select, button'))
          .filter(el => el.tagName === 'BUTTON' ? !el.textContent.trim() && !el.getAttribute('aria-label')
              : !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                && !el.getAttribute('aria-labelledby'))
          .map(el => el.outerHTML.slice(0, 100));
        """);
    return found;
  }

  /** Screenshot of the whole page at the current (phone) viewport width, through Chrome's DevTools. */
  void pageScreenshot(String name) {
    Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height",
            Math.min(6000, height.intValue()), "scale", 1)));
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How far the page is wider than the layout viewport, in CSS pixels (0: no horizontal scrolling).
   * The layout viewport's width (clientWidth), not window.innerWidth: a phone zooms out to fit
   * wide content, and innerWidth grows with it.
   */
  long horizontalOverflow() {
    return ((Number) driver.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
  }

  /** Elements (by CSS) that stick out of the viewport sideways: each as "tag#id.class right=..". */
  List<String> widerThanViewport() {
    @SuppressWarnings("unchecked")
    List<String> found = (List<String>) driver.executeScript("""
        const out = [];
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && (r.right > document.documentElement.clientWidth + 0.5 || r.left < -0.5)
              && getComputedStyle(el).position !== 'absolute') {
            out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.className && el.className.baseVal === undefined && el.className ? '.' + el.className : '')
                + ' left=' + Math.round(r.left) + ' right=' + Math.round(r.right));
          }
        }
        return out;
        """);
    return found;
  }

  /** Whether the element is shown and lies wholly inside the viewport's width. */
  boolean fitsViewportWidth(String css) {
    WebElement element = find(css);
    return element.isDisplayed() && (Boolean) driver.executeScript("""
        const r = arguments[0].getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.left >= 0
            && r.right <= document.documentElement.clientWidth + 0.5;
        """, element);
  }

  @Override
  public void close() {
    driver.quit();
  }

}
