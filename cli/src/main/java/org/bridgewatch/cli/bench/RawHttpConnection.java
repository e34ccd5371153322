package org.bridgewatch.cli.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection on a blocking socket, for the load benchmark only: a request
 * is one write of bytes assembled from pre-encoded parts, the answer is read to its last body byte
 * (Content-Length or chunked) and only its status is kept. No pipelining: one request in flight.
 *
 * <p>Why not {@code java.net.http.HttpClient} (or another client library): a load generator
 * sharing the cores with the server it measures must cost little per request. The JDK client's
 * selector thread, futures and header maps cost about 1.2-1.5 ms of CPU per rating write on this
 * box, more than the server's own work; this costs a small fraction of that. It speaks only the
 * HTTP the benchmark needs from our own server on loopback.
 */
final class RawHttpConnection implements AutoCloseable {
  private final InetSocketAddress address;
  private Socket socket;
  private OutputStream out;
  private InputStream in;
  private byte[] request = new byte[1024];
  private final byte[] buffer = new byte[16 * 1024];
  private int pos;
  private int limit;
  /** The answer asked to close the connection: reconnect before the next request. */
  private boolean closeAfter;
  /** Bytes of the current answer have arrived (then a failure is not retried). */
  private boolean answering;

  RawHttpConnection(InetSocketAddress address) {
    this.address = address;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Sends one request made of {@code parts} (request line, headers, blank line and body, already
   * encoded) and reads the whole answer; returns its status. Reconnects once when a kept-alive
   * connection turns out closed before any answer byte (the server may close idle connections).
   */
  int exchange(byte[]... parts) throws IOException {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    if (request.length < length) {
      request = new byte[Math.max(length, 2 * request.length)];
    }
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, request, at, p.length);
      at += p.length;
    }
    boolean fresh = ensureOpen();
    answering = false;
    try {
      out.write(request, 0, length);
      return readResponse();
    } catch (EOFException | java.net.SocketException e) {
      close();
      if (fresh || answering) {
        throw e;
      }
      ensureOpen();
      out.write(request, 0, length);
      return readResponse();
    }
  }

  private boolean ensureOpen() throws IOException {
    if (socket != null && !closeAfter) {
      return false;
    }
    close();
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(60_000);
    socket.connect(address, 10_000);
    out = socket.getOutputStream();
    in = socket.getInputStream();
    pos = 0;
    limit = 0;
    closeAfter = false;
    return true;
  }

  private int readResponse() throws IOException {
    String statusLine = readLine();
    // "HTTP/1.1 201 " or "HTTP/1.1 201 Created"
    if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + statusLine);
    }
    int status = Integer.parseInt(statusLine, 9, 12, 10);
    long contentLength = -1;
    boolean chunked = false;
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String value = line.substring(colon + 1).trim();
      if (line.regionMatches(true, 0, "content-length", 0, colon) && colon == 14) {
        contentLength = Long.parseLong(value);
      } else if (line.regionMatches(true, 0, "transfer-encoding", 0, colon) && colon == 17) {
        chunked = value.equalsIgnoreCase("chunked");
      } else if (line.regionMatches(true, 0, "connection", 0, colon) && colon == 10) {
        closeAfter = value.equalsIgnoreCase("close");
      }
    }
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        skip(size);
        readLine();
      }
      while (!readLine().isEmpty()) { // trailers
      }
    } else if (contentLength > 0) {
      skip(contentLength);
    } else if (contentLength < 0 && status >= 200 && status != 204 && status != 304) {
      closeAfter = true; // body until close: not sent by our server, but then this connection is done
    }
    return status;
  }

  private long chunkSize() throws IOException {
    String line = readLine();
    int end = line.indexOf(';');
    return Long.parseLong(end < 0 ? line.trim() : line.substring(0, end).trim(), 16);
  }

  private void skip(long n) throws IOException {
    while (n > 0) {
      if (pos == limit) {
        fill();
      }
      int take = (int) Math.min(n, limit - pos);
      pos += take;
      n -= take;
    }
  }

  /** A header line without its CRLF, as ASCII. */
  private String readLine() throws IOException {
    StringBuilder line = null;
    while (true) {
      if (pos == limit) {
        fill();
      }
      for (int i = pos; i < limit; i++) {
        if (buffer[i] == '\n') {
          int end = i > pos && buffer[i - 1] == '\r' ? i - 1 : i;
          String part = new String(buffer, pos, end - pos, StandardCharsets.ISO_8859_1);
          pos = i + 1;
          if (line == null) {
            return part;
          }
          line.append(part);
          int n = line.length();
          return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
        }
      }
      if (line == null) {
        line = new StringBuilder();
      }
      line.append(new String(buffer, pos, limit - pos, StandardCharsets.ISO_8859_1));
      pos = limit;
    }
  }

  private void fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n < 0) {
      throw new EOFException("connection closed by the server");
    }
    pos = 0;
    limit = n;
    answering = true;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a socket we are done with
      }
      socket = null;
    }
  }
}
