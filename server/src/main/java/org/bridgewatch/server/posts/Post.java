package org.bridgewatch.server.posts;

import java.util.List;

/** A post as the API shows it. Ids are strings: they exceed JavaScript's exact integers. */
public record Post(
    String id,
    String authorHandle,
    String text,
    String url,
    List<String> mediaUrls,
    boolean hasMedia,
    long views,
    long createdAtMillis) {}
