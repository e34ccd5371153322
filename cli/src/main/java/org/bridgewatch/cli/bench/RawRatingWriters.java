package org.bridgewatch.cli.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Rating writes over {@link RawHttpConnection}s: every request line and every rater's
 * Authorization header is encoded once, so a write only copies bytes into one socket write. Each
 * writer (one per client thread) owns one keep-alive connection.
 */
public final class RawRatingWriters implements Supplier<RatingWriter> {
  private static final String BODY = "{\"helpfulnessLevel\":\"HELPFUL\",\"tags\":[\"helpfulClear\"]}";

  private final InetSocketAddress address;
  private final byte[][] requestLines;
  private final byte[][] authorizations;
  private final byte[] rest;

  public RawRatingWriters(String base, String[] tokens, String[] noteIds) {
    URI uri = URI.create(base);
    int port = uri.getPort() < 0 ? 80 : uri.getPort();
    this.address = new InetSocketAddress(uri.getHost(), port);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/$", "");
    requestLines = new byte[noteIds.length][];
    for (int j = 0; j < noteIds.length; j++) {
      requestLines[j] = RawHttpConnection.ascii("PUT " + path + "/api/v1/notes/" + noteIds[j] + "/ratings/me HTTP/1.1\r\n");
    }
    authorizations = new byte[tokens.length][];
    for (int i = 0; i < tokens.length; i++) {
      authorizations[i] = RawHttpConnection.ascii("Authorization: Bearer " + tokens[i] + "\r\n");
    }
    rest = RawHttpConnection.ascii("Host: " + uri.getHost() + ":" + port + "\r\n"
        + "Content-Type: application/json\r\nAccept: application/json\r\n"
        + "Content-Length: " + BODY.length() + "\r\n\r\n" + BODY);
  }

  @Override
  public RatingWriter get() {
    RawHttpConnection connection = new RawHttpConnection(address);
    return new RatingWriter() {
      @Override
      public int rate(int rater, int note) throws java.io.IOException {
        return connection.exchange(requestLines[note], authorizations[rater], rest);
      }

      @Override
      public void close() {
        connection.close();
      }
    };
  }
}
