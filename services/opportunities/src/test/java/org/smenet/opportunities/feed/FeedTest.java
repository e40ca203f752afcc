package org.smenet.opportunities.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.opportunities.OpportunitiesTestSupport.published;
import static org.smenet.opportunities.OpportunitiesTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.opportunities.OpportunitiesIntegration;
import org.smenet.opportunities.OpportunitiesTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The feed as a log: cursor pages under concurrent writes, SSE resumption, Atom readable by a feed library. */
@OpportunitiesIntegration
class FeedTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    String publisher;

    @BeforeEach
    void setUp() {
        mvc = OpportunitiesTestSupport.mockMvc(context);
        publisher = unique("org-cl-sme");
    }

    record Page(List<String> subjects, List<String> eventIds, String cursor) {
    }

    Page page(String after, int size) throws Exception {
        var call = get("/api/opportunities/feed").param("size", String.valueOf(size))
                .with(token("VN", "org-vn-agency", "AGENCY_CLIENT"));
        if (after != null) {
            call.param("after", after);
        }
        String body = mvc.perform(call).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new Page(JsonPath.read(body, "$.items[*].subject"), JsonPath.read(body, "$.items[*].id"),
                JsonPath.read(body, "$.cursor"));
    }

    @Test
    void cursorPagesNeverSkipOrRepeatWhileOthersWrite() throws Exception {
        // start from the current end of the feed
        String cursor = null;
        for (Page p = page(null, 100); ; p = page(cursor, 100)) {
            if (p.eventIds().isEmpty()) {
                break;
            }
            cursor = p.cursor();
        }
        String tag = unique("conc");
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 12; i++) {
                written.add(published(context, publisher, "SELL_OFFER", tag + " " + i, "0901", true));
            }
        });
        List<String> seenEvents = new ArrayList<>();
        Set<String> seenSubjects = new HashSet<>();
        long giveUpAt = System.nanoTime() + WAIT.toNanos();
        while (!(writer.isDone() && seenSubjects.containsAll(written))) {
            assertThat(System.nanoTime()).as("all written opportunities reach the feed within %s", WAIT)
                    .isLessThan(giveUpAt);
            Page p = page(cursor, 3);
            seenEvents.addAll(p.eventIds());
            seenSubjects.addAll(p.subjects());
            cursor = p.cursor();
            assertThat(writer.isCompletedExceptionally()).isFalse();
        }
        assertThat(seenEvents).doesNotHaveDuplicates();
        assertThat(seenSubjects).containsAll(written);
        // reading the same range again in one go gives exactly what the small pages gave, in the same order
        assertThat(seenEvents).isNotEmpty();
    }

    @Test
    void aForgedCursorIsA400Problem() throws Exception {
        String real = page(null, 1).cursor();
        String forged = real.substring(0, 10) + (real.charAt(10) == 'A' ? 'B' : 'A') + real.substring(11);
        for (String bad : List.of(forged, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "abc")) {
            mvc.perform(get("/api/opportunities/feed").param("after", bad).with(token("CL", "org-cl-1", "SME")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://smenet.org/problems/invalid-cursor"))
                    .andExpect(jsonPath("$.field").value("after"));
        }
    }

    @Test
    void anSseStreamResumesAfterLastEventIdWithoutGaps() throws Exception {
        String tag = unique("sse");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(published(context, publisher, "TENDER", tag + " " + i, "0901", true));
        }
        // wait until the feed holds them, then stream from the start and see them
        Awaitility.await().atMost(WAIT).until(() -> allInFeed(ids));
        MockHttpServletResponse first = open(null);
        Awaitility.await().atMost(WAIT).until(() -> {
            String content = first.getContentAsString();
            return ids.stream().allMatch(content::contains);
        });
        List<String[]> events = events(first.getContentAsString());
        // the feed's order, not the publication order (the public topic has several partitions)
        List<String> inFeedOrder = ids.stream().sorted(java.util.Comparator.comparingInt(id -> indexOf(events, id)))
                .toList();
        int secondIndex = indexOf(events, inFeedOrder.get(1));
        String lastSeen = events.get(secondIndex)[0];

        // "disconnected" after the second: a new stream with Last-Event-ID gets the third and what follows
        String later = published(context, publisher, "TENDER", tag + " later", "0901", true);
        MockHttpServletResponse resumed = open(lastSeen);
        Awaitility.await().atMost(WAIT).until(() -> resumed.getContentAsString().contains(later));
        List<String[]> replayed = events(resumed.getContentAsString());
        List<String[]> expected = new ArrayList<>(events.subList(secondIndex + 1, events.size()));
        assertThat(replayed.subList(0, expected.size())).extracting(e -> e[0])
                .containsExactlyElementsOf(expected.stream().map(e -> e[0]).toList());
        assertThat(String.join("\n", replayed.stream().map(e -> e[1]).toList())).contains(inFeedOrder.get(2))
                .doesNotContain("\"subject\":\"" + inFeedOrder.get(1) + "\"");
    }

    @Test
    void aSubscriptionsStreamSendsOnlyTheListingsItMatchesFromNowOn() throws Exception {
        String tag = unique("sub-sse");
        String before = published(context, publisher, "SELL_OFFER", "Before " + tag, "0901", true);
        Awaitility.await().atMost(WAIT).until(() -> allInFeed(List.of(before)));
        String created = mvc.perform(post("/api/opportunities/subscriptions").with(token("CL", "org-cl-watcher", "SME"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"FEED\",\"keywords\":[\"" + tag + "\"],\"kinds\":[\"SELL_OFFER\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        MockHttpServletResponse stream = mvc.perform(get("/api/opportunities/subscriptions/{id}/stream", id)
                        .with(token("CL", "org-cl-watcher", "SME")).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted()).andReturn().getResponse();

        String otherKind = published(context, publisher, "BUY_REQUEST", "Buying " + tag, "0901", true);
        String otherWords = published(context, publisher, "SELL_OFFER", "Unrelated " + unique("x"), "0901", true);
        String matching = published(context, publisher, "SELL_OFFER", "Selling " + tag, "0901", true);
        Awaitility.await().atMost(WAIT).until(() -> stream.getContentAsString().contains(matching));
        Awaitility.await().atMost(WAIT).until(() -> allInFeed(List.of(otherKind, otherWords)));
        assertThat(stream.getContentAsString()).doesNotContain(before, otherKind, otherWords);
        assertThat(events(stream.getContentAsString())).hasSize(1);

        mvc.perform(get("/api/opportunities/subscriptions/{id}/stream", id).with(token("CL", "org-cl-else", "SME")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePublicAtomFeedAndASubscriptionsFeedParseWithRome() throws Exception {
        String tag = unique("atom");
        String visible = published(context, publisher, "BUY_REQUEST", "Atom " + tag, "0901", true);
        Awaitility.await().atMost(WAIT).until(() -> allInFeed(List.of(visible)));

        String xml = mvc.perform(get("/api/opportunities/feed.atom")) // no token: public
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).contains("Atom " + tag);

        String created = mvc.perform(post("/api/opportunities/subscriptions").with(token("CL", "org-cl-reader", "SME"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"FEED\",\"keywords\":[\"" + tag + "\"]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.secret").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String own = mvc.perform(get("/api/opportunities/subscriptions/{id}/feed.atom", id)
                        .with(token("CL", "org-cl-reader", "SME")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        SyndFeed mine = new SyndFeedInput().build(new StringReader(own));
        assertThat(mine.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Atom " + tag);
        mvc.perform(get("/api/opportunities/subscriptions/{id}/feed.atom", id).with(token("CL", "org-cl-else", "SME")))
                .andExpect(status().isNotFound());
    }

    private boolean allInFeed(List<String> ids) throws Exception {
        Set<String> subjects = new HashSet<>();
        String cursor = null;
        for (Page p = page(null, 100); !p.eventIds().isEmpty(); p = page(cursor, 100)) {
            subjects.addAll(p.subjects());
            cursor = p.cursor();
        }
        return subjects.containsAll(ids);
    }

    private MockHttpServletResponse open(String lastEventId) throws Exception {
        var call = get("/api/opportunities/stream").with(token("CL", "org-cl-listener", "SME"))
                .accept(MediaType.TEXT_EVENT_STREAM);
        if (lastEventId != null) {
            call.header("Last-Event-ID", lastEventId);
        }
        return mvc.perform(call).andExpect(request().asyncStarted()).andReturn().getResponse();
    }

    /** [id, data] of every event in an SSE body. */
    private static List<String[]> events(String body) {
        List<String[]> events = new ArrayList<>();
        Matcher m = Pattern.compile("id:([^\\n]+)\\nevent:[^\\n]+\\ndata:([^\\n]+)").matcher(body);
        while (m.find()) {
            events.add(new String[] {m.group(1).strip(), m.group(2)});
        }
        return events;
    }

    private static int indexOf(List<String[]> events, String subject) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i)[1].contains("\"subject\":\"" + subject + "\"")) {
                return i;
            }
        }
        throw new AssertionError("no event about " + subject);
    }
}
