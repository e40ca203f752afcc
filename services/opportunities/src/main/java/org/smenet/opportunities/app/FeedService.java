package org.smenet.opportunities.app;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.opportunities.domain.Subscription;
import org.smenet.opportunities.store.FeedEntry;
import org.smenet.opportunities.store.FeedLog;
import org.springframework.stereotype.Service;

/** Reading the node's feed: pages after a cursor, Atom documents, the entries a subscription matches. */
@Service
public class FeedService {

    public static final int MAX_PAGE = 100;
    private static final int ATOM_ENTRIES = 50;
    private static final int ATOM_SCAN = 1000;

    /** A page of the feed and the cursor to ask for the next one (the same cursor when nothing is new). */
    public record Page(List<FeedEntry> entries, String cursor) {
    }

    private final FeedLog feed;
    private final Cursors cursors;

    public FeedService(FeedLog feed, Cursors cursors) {
        this.feed = feed;
        this.cursors = cursors;
    }

    public Page after(String cursor, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw RuleViolation.invalid("size", "size must be between 1 and " + MAX_PAGE);
        }
        long position = cursors.decode(cursor, "after");
        List<FeedEntry> entries = feed.after(position, size);
        long last = entries.isEmpty() ? position : entries.get(entries.size() - 1).seq();
        return new Page(entries, cursors.encode(last));
    }

    public List<FeedEntry> afterPosition(long position, int size) {
        return feed.after(position, size);
    }

    /** The position of the newest entry (0 for an empty feed): a stream opened here sends only what comes next. */
    public long head() {
        List<FeedEntry> newest = feed.latest(1);
        return newest.isEmpty() ? 0 : newest.get(0).seq();
    }

    public String cursor(long seq) {
        return cursors.encode(seq);
    }

    public long position(String cursor, String field) {
        return cursors.decode(cursor, field);
    }

    /** The public Atom feed: the newest network-visible listings. */
    public String publicAtom(String selfUrl) {
        List<FeedEntry> entries = feed.latest(ATOM_ENTRIES).stream().filter(e -> e.kind() != null).toList();
        return atom("urn:smenet:opportunities:feed", "SME Cluster Network — opportunities", selfUrl, entries);
    }

    /** The newest listings {@code s} matches. */
    public String subscriptionAtom(Subscription s, String selfUrl) {
        List<FeedEntry> matched = new ArrayList<>();
        for (FeedEntry e : feed.latest(ATOM_SCAN)) {
            if (e.kind() != null && s.filters().matches(e.kind(), e.economy(), e.targetEconomies(), e.hsIndex(),
                    e.isicIndex(), e.title(), e.description())) {
                matched.add(e);
                if (matched.size() == ATOM_ENTRIES) {
                    break;
                }
            }
        }
        return atom("urn:smenet:opportunities:subscription:" + s.id(), "Opportunities for subscription " + s.id(),
                selfUrl, matched);
    }

    private static String atom(String id, String title, String selfUrl, List<FeedEntry> entries) {
        SyndFeed atom = new SyndFeedImpl();
        atom.setFeedType("atom_1.0");
        atom.setUri(id);
        atom.setTitle(title);
        atom.setLink(selfUrl);
        atom.setPublishedDate(entries.isEmpty() ? new Date(0) : Date.from(entries.get(0).time()));
        List<SyndEntry> items = new ArrayList<>();
        for (FeedEntry e : entries) {
            SyndEntry item = new SyndEntryImpl();
            item.setUri("urn:uuid:" + e.eventId());
            item.setTitle(e.title());
            item.setLink("/api/opportunities/opportunities/" + e.subject());
            item.setUpdatedDate(Date.from(e.time()));
            item.setPublishedDate(Date.from(e.time()));
            SyndContentImpl description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(e.description());
            item.setDescription(description);
            List<com.rometools.rome.feed.synd.SyndCategory> categories = new ArrayList<>();
            for (String term : List.of("kind:" + e.kind(), "economy:" + e.economy())) {
                SyndCategoryImpl category = new SyndCategoryImpl();
                category.setName(term);
                categories.add(category);
            }
            item.setCategories(categories);
            items.add(item);
        }
        atom.setEntries(items);
        try {
            return new SyndFeedOutput().outputString(atom, true);
        } catch (FeedException e) {
            throw new IllegalStateException(e);
        }
    }
}
