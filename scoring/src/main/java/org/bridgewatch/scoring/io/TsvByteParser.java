package org.bridgewatch.scoring.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the lines that start in one byte range of a plain TSV file into a reused {@link TsvRow},
 * so that workers can parse parts of one file side by side. It follows {@link TsvFileReader}'s
 * FastCSV settings to the letter — tab separator; a field starting with {@code "} is quoted and
 * every later {@code "} in it toggles quoting ({@code ""} is one quote, text after the closing
 * quote is kept); CR, LF and CRLF end a line; empty lines are skipped; an unclosed quote runs to
 * the end of the file — but works on bytes, which is what makes a part cheap to start anywhere.
 *
 * <p>A line belongs to the part it starts in, and is read to its end even past the range. Line
 * numbers count from the range's first byte; {@link #lines()} and {@link #position()} tell the
 * caller where the next part must start and how many lines to add to its numbers.
 */
final class TsvByteParser {
  private static final int BUFFER = 1 << 20;
  private static final byte TAB = '\t';
  private static final byte CR = '\r';
  private static final byte LF = '\n';
  private static final byte QUOTE = '"';

  private final FileChannel channel;
  private final long from;
  private final long end;
  private final TsvRow row;
  private final AtomicLong progress;
  private byte[] buf = new byte[BUFFER];
  private byte[] unquoted = new byte[256];
  /** File offset of buf[0]. */
  private long bufStart;
  private int pos;
  private int limit;
  private boolean eof;
  /** The last line ended with CR: an LF right after it belongs to the same line end. */
  private boolean afterCr;
  private long lines;

  /**
   * @param from where a line starts (0 or just after a line end)
   * @param end lines starting at or after this offset are left to the next part
   * @param progress receives the number of bytes of [from, end) read so far, may be null
   */
  TsvByteParser(FileChannel channel, long from, long end, TsvRow row, AtomicLong progress) {
    this.channel = channel;
    this.from = from;
    this.end = end;
    this.row = row;
    this.progress = progress;
    this.bufStart = from;
  }

  /** Line ends read so far: the next line is number {@code lines() + 1} of this part. */
  long lines() {
    return lines;
  }

  /** The offset just after the last line read: where the next part's lines begin. */
  long position() {
    return bufStart + pos;
  }

  /** The next non-empty line starting before {@code end}, or null. */
  TsvRow next() throws IOException {
    while (true) {
      if (afterCr) {
        if (pos == limit && !fill()) {
          return null;
        }
        afterCr = false;
        if (buf[pos] == LF) {
          pos++;
        }
      }
      if (position() >= end || (pos == limit && !fill())) {
        return null;
      }
      int parsed = parseLine();
      if (parsed == LINE) {
        return row;
      }
      if (parsed == MORE) {
        fill();
      }
    }
  }

  private static final int LINE = 0;
  private static final int EMPTY = 1;
  private static final int MORE = 2;

  /**
   * Parses the line at {@code pos}; MORE when the buffer ends first and the file does not, in
   * which case nothing is consumed and the caller refills and retries from the line's start.
   */
  private int parseLine() {
    byte[] b = buf;
    int lim = limit;
    int p = pos;
    row.beginLine(lines + 1);
    byte first = b[p];
    if (first == LF || first == CR) {
      consumed(p + 1, 1, first == CR);
      return EMPTY;
    }
    long innerLines = 0;
    int field = 0;
    int begin = p;
    boolean quoted = false;
    while (true) {
      if (p == lim) {
        if (!eof) {
          return MORE;
        }
        // The file ends inside this line: its last field ends here (FastCSV's lenient tail).
        add(field, begin, p, quoted);
        consumed(p, innerLines, false);
        return LINE;
      }
      byte c = b[p];
      if (c == TAB) {
        add(field++, begin, p, quoted);
        begin = ++p;
        quoted = false;
      } else if (c == LF || c == CR) {
        add(field, begin, p, quoted);
        consumed(p + 1, innerLines + 1, c == CR);
        return LINE;
      } else if (c == QUOTE && (quoted || p == begin)) {
        // Quoted mode: line ends are data (but still count as lines) until the next quote.
        quoted = true;
        boolean closed = false;
        boolean cr = false;
        p++;
        while (p < lim) {
          byte q = b[p++];
          if (q == QUOTE) {
            closed = true;
            break;
          } else if (q == CR) {
            innerLines++;
            cr = true;
          } else if (q == LF) {
            if (cr) {
              cr = false;
            } else {
              innerLines++;
            }
          }
        }
        if (!closed && !eof) {
          return MORE;
        }
      } else if (quoted) {
        p++; // text after a closing quote; a later quote reopens quoting
      } else {
        p++;
        while (p < lim) {
          byte d = b[p];
          if (d == TAB || d == LF || d == CR) {
            break;
          }
          p++;
        }
      }
    }
  }

  private void consumed(int newPos, long lineEnds, boolean cr) {
    pos = newPos;
    lines += lineEnds;
    afterCr = cr;
  }

  /**
   * Hands the field [begin, stop) to the row. A quoted field drops its opening quote, a closing
   * quote at its very end, and every quote that toggles quoting, keeping the second of a pair.
   */
  private void add(int index, int begin, int stop, boolean quoted) {
    if (!quoted) {
      row.addField(index, buf, begin, stop - begin);
      return;
    }
    int s = begin + 1;
    int e = Math.max(s, stop - (buf[stop - 1] == QUOTE ? 1 : 0));
    if (unquoted.length < e - s) {
      unquoted = new byte[Math.max(e - s, unquoted.length * 2)];
    }
    int n = 0;
    boolean escape = false;
    for (int i = s; i < e; i++) {
      byte c = buf[i];
      if (c == QUOTE) {
        escape = !escape;
        if (escape) {
          continue;
        }
      }
      unquoted[n++] = c;
    }
    row.addField(index, unquoted, 0, n);
  }

  /** Keeps the unread bytes, reads more after them; false at the end of the file. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      bufStart += pos;
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    long at = bufStart + limit;
    int n = channel.read(ByteBuffer.wrap(buf, limit, buf.length - limit), at);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    if (progress != null) {
      long inRange = Math.min(at + n, end) - Math.max(at, from);
      if (inRange > 0) {
        progress.addAndGet(inRange);
      }
    }
    return true;
  }
}
