package org.crdash.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of English news and analysis prose that say something happened ("signed", "invaded", "met",
 * "summit", "sanctions"), and which event category each points to. Only categories the database knows are
 * ever guessed; "other" where no word points anywhere.
 */
final class EventWords {

    /** Within this many characters of a year, a word counts as saying what happened in it. */
    private static final int NEAR = 120;

    /** What makes a figure news: a trade value growing is a statistic, a record or a threshold crossed is an event. */
    private static final String MILESTONE = "record|all-time\\s+high|surpass\\w*|overtook|overtaken|milestone"
            + "|for\\s+the\\s+first\\s+time|reached|hit|topped|crossed";
    private static final Map<String, String> BY_CATEGORY = new LinkedHashMap<>();

    static {
        BY_CATEGORY.put("summit", "summits?|summitry|met|meets?|meeting|talks");
        BY_CATEGORY.put("diplomatic visit", "visits?|visited|visiting|trips?|travell?ed|toured|state\\s+visit|hosted"
                + "|welcomed|arrived|heads?\\s+to|went\\s+to|flew\\s+to");
        BY_CATEGORY.put("treaty/agreement", "treaty|treaties|agreements?|deals?|accords?|pacts?|contracts?|signed"
                + "|signing|signs|memorandum|ratified|settled|delimited|demarcated|partnership\\s+agreement");
        BY_CATEGORY.put("statement", "statements?|declarations?|declared|said|says|told|tells?|remarked|stated|announced"
                + "|announcement|speech|interview|remarks|wrote|writing|speaking|spoke|referred|described|proclaimed"
                + "|warned|pledged|praised|hailed|called\\s+for|paper|report|press\\s+conference|comments?"
                + "|reaffirmed|insisted|claimed|vowed");
        BY_CATEGORY.put("trade milestone", "trade|turnover|exports?|imports?|" + MILESTONE);
        BY_CATEGORY.put("sanction", "sanctions?|sanctioned|export\\s+controls?|embargo\\w*|blacklist\\w*|restrictions"
                + "|penalties|tariffs?|banned|ban");
        BY_CATEGORY.put("energy project", "pipelines?|power\\s+of\\s+siberia|gas\\s+supplies|lng|oil\\s+field"
                + "|nuclear\\s+plant|energy\\s+project|refinery");
        BY_CATEGORY.put("military exercise", "exercises?|drills?|war\\s+games|manoeuvres|maneuvers|patrols?"
                + "|naval|joint\\s+patrol");
        BY_CATEGORY.put("war", "war|wars|invasion|invaded|invade|invading|annex\\w*|clash\\w*|troops|offensive"
                + "|attack\\w*|hostilities|incursion|fought|defeat\\w*|occupied|occupation|insurrection|mutiny"
                + "|conflict|crisis|bombing|shelling|strikes|military\\s+operation|intervened|intervention");
    }

    /** Category words that only say what a sentence is about, not that anything happened. */
    private static final Pattern TOPIC_ONLY = Pattern.compile("(?i)trade|turnover|exports?|imports?"
            + "|troops|naval|paper|report|comments?");

    /** Words that say something happened but point to no category. */
    private static final String GENERAL = "began|begun|started|launched|launch|ended|opened|established|founded"
            + "|formed|created|collapsed|collapse|broke|erupted|outbreak|adopted|approved|vetoed|withdrew|deployed"
            + "|sent|seized|captured|elected|election|appointed|inaugurated|ceremony|conference|forum|anniversary"
            + "|coup|revolution|referendum|detained|arrested|expelled|introduced|authori[sz]ed|pivoted|pivot"
            + "|rapprochement|strengthened|improved|emerged|split|joined|admission|admitted|died|killed|resigned"
            + "|unveiled|proposed|put\\s+forward|released|became|took\\s+office|returned|return|accelerated"
            + "|initiated|expanded|developed|deepened|worsened|deteriorated|normali[sz]ed|broke\\s+down|shift|turn"
            + "|change[sd]?|conducted|held|overtaken";

    private final Map<String, Pattern> patterns = new LinkedHashMap<>();
    private final Pattern any;

    EventWords(List<String> categories) {
        StringBuilder all = new StringBuilder(GENERAL);
        for (Map.Entry<String, String> e : BY_CATEGORY.entrySet()) {
            all.append('|').append(e.getValue());
            if (categories.contains(e.getKey())) {
                patterns.put(e.getKey(), word(e.getValue()));
            }
        }
        any = word(all.toString());
    }

    private static Pattern word(String alternatives) {
        return Pattern.compile("(?i)\\b(?:" + alternatives + ")\\b");
    }

    /** Whether the sentence says something happened near [from, to). */
    boolean happened(String sentence, int from, int to) {
        Matcher m = any.matcher(sentence);
        while (m.find()) {
            if (m.end() >= from - NEAR && m.start() <= to + NEAR && !TOPIC_ONLY.matcher(m.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The category whose word stands nearest to {@code at} in the sentence, or "other". */
    String category(String sentence, int at) {
        String best = "other";
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
            Matcher m = e.getValue().matcher(sentence);
            while (m.find()) {
                int distance = Math.min(Math.abs(m.start() - at), Math.abs(m.end() - at));
                if (distance < bestDistance) {
                    best = e.getKey();
                    bestDistance = distance;
                }
            }
        }
        return best;
    }
}
