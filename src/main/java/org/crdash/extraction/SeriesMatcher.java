package org.crdash.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crdash.series.Series;

/**
 * Suggests the series a number belongs to: among the series in the number's unit, the one whose name,
 * description and key share the most words with the words around the number (the nearer, the more they
 * count); where none shares at least two, a new series named after the words before the number.
 */
final class SeriesMatcher {

    /** The suggestion and why. */
    record Match(String seriesKey, ObservationCandidate.NewSeries newSeries, String reading) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\d]*");
    private static final Set<String> STOP = Set.of("the", "of", "and", "to", "in", "a", "an", "for", "by", "on", "with",
            "from", "at", "as", "is", "its", "it", "that", "this", "was", "were", "be", "been", "are", "has", "have",
            "had", "which", "who", "their", "his", "her", "or", "but", "not", "than", "more", "less", "over", "under",
            "about", "around", "some", "nearly", "almost", "per", "cent", "percent", "billion", "million", "trillion",
            "usd", "bn", "pct", "value", "number", "between", "while", "also", "only", "just", "into", "such",
            "would", "could", "will", "can", "may", "these", "those", "there", "they", "them", "we", "our", "after",
            "before", "since", "up", "down", "year", "years", "month", "same", "all", "other", "what", "when",
            "where", "then", "so", "if", "both", "each", "new", "one", "two", "three", "reached", "stood", "went",
            "count", "km", "rank", "multiple", "times", "de", "s", "us", "during", "most", "much", "many", "very");
    private static final Map<String, String> CATEGORY_WORDS = categoryWords();

    private final List<Series> series;
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Set<String> keys = new HashSet<>();

    SeriesMatcher(List<Series> series) {
        this.series = series;
        for (Series s : series) {
            words.put(s.key(), new HashSet<>(words(s.key().replace('_', ' ') + " " + s.name() + " "
                    + (s.description() == null ? "" : s.description()))));
            keys.add(s.key());
        }
    }

    /** The series for {@code mention} in {@code unit}, read from the sentence it is in. */
    Match match(String sentence, int numberStart, int numberEnd, String unit, Set<String> taken) {
        Map<String, Double> weight = contextWeights(sentence, numberStart, numberEnd);
        String best = null;
        double bestScore = 0;
        int bestShared = 0;
        for (Series s : series) {
            if (!s.unit().equals(unit)) {
                continue;
            }
            double score = 0;
            int shared = 0;
            for (String w : words.get(s.key())) {
                Double x = weight.get(w);
                if (x != null) {
                    score += x;
                    shared++;
                }
            }
            score /= Math.sqrt(words.get(s.key()).size());
            if (score > bestScore) {
                best = s.key();
                bestScore = score;
                bestShared = shared;
            }
        }
        if (best != null && bestShared >= 2) {
            return new Match(best, null, "series '" + best + "' suggested by its unit and " + bestShared
                    + " shared words");
        }
        return proposeNew(sentence, numberStart, unit, taken);
    }

    private Match proposeNew(String sentence, int numberStart, String unit, Set<String> taken) {
        List<String> before = words(sentence.substring(0, numberStart));
        List<String> after = words(sentence.substring(numberStart));
        LinkedHashSet<String> picked = new LinkedHashSet<>();
        for (int i = Math.max(0, before.size() - 4); i < before.size(); i++) {
            picked.add(before.get(i));
        }
        for (int i = 0; i < after.size() && picked.size() < 4; i++) {
            picked.add(after.get(i));
        }
        String stem = picked.isEmpty() ? "extracted" : String.join("_", picked);
        String suffix = "_" + unit.toLowerCase(Locale.ROOT).replace("%", "pct").replace("/", "_per_")
                .replaceAll("[^a-z0-9]+", "_");
        String key = (stem.length() > 80 ? stem.substring(0, 80) : stem) + suffix;
        key = key.replaceAll("_+", "_").replaceAll("^[^a-z]+", "x_");
        String unique = key;
        for (int n = 2; keys.contains(unique) || taken.contains(unique); n++) {
            unique = key + "_" + n;
        }
        String name = Character.toUpperCase(stem.charAt(0)) + stem.substring(1).replace('_', ' ');
        String category = category(picked);
        return new Match(null, new ObservationCandidate.NewSeries(unique, name + " (" + unit + ")", unit, category),
                "no existing series in " + unit + " shares two words with the sentence; a new series is proposed");
    }

    private static String category(Set<String> picked) {
        for (String w : picked) {
            String c = CATEGORY_WORDS.get(w);
            if (c != null) {
                return c;
            }
        }
        return "other";
    }

    /** Words of the sentence, each weighted 1 + 2 near the number (within 8 words), the nearest kept. */
    private static Map<String, Double> contextWeights(String sentence, int numberStart, int numberEnd) {
        List<String> before = words(sentence.substring(0, numberStart));
        List<String> after = words(sentence.substring(numberEnd));
        Map<String, Double> weight = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            weight.merge(before.get(i), before.size() - i <= 8 ? 3.0 : 1.0, Math::max);
        }
        for (int i = 0; i < after.size(); i++) {
            weight.merge(after.get(i), i < 8 ? 3.0 : 1.0, Math::max);
        }
        return weight;
    }

    /** Content words, lower case, plural and possessive endings folded ("exports" = "export", "China's"). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String w = m.group();
            if (w.endsWith("ese") && w.length() > 5) {
                w = w.equals("chinese") ? "china" : w;
            }
            if (w.endsWith("s") && w.length() > 3 && !w.endsWith("ss") && !w.endsWith("us")) {
                w = w.substring(0, w.length() - 1);
            }
            w = w.equals("russian") ? "russia" : w;
            if (!STOP.contains(w) && w.length() > 1) {
                out.add(w);
            }
        }
        return out;
    }

    private static Map<String, String> categoryWords() {
        Map<String, String> m = new HashMap<>();
        for (String w : List.of("trade", "export", "import", "turnover", "tariff")) {
            m.put(w, "trade_value");
        }
        for (String w : List.of("gas", "oil", "energy", "coal", "pipeline", "lng", "electricity", "power")) {
            m.put(w, "energy");
        }
        for (String w : List.of("car", "vehicle", "carmaker", "automaker")) {
            m.put(w, "cars");
        }
        for (String w : List.of("investment", "invest", "investor", "project", "fund")) {
            m.put(w, "investment");
        }
        for (String w : List.of("yuan", "rouble", "ruble", "bank", "payment", "currency", "settled", "loan", "debt")) {
            m.put(w, "finance");
        }
        for (String w : List.of("troop", "military", "naval", "exercise", "weapon", "army", "navy", "patrol", "drill")) {
            m.put(w, "military");
        }
        for (String w : List.of("war", "invasion", "casualtie", "offensive")) {
            m.put(w, "war");
        }
        for (String w : List.of("border", "territory", "area", "kilometre", "mile", "island")) {
            m.put(w, "geography");
        }
        for (String w : List.of("population", "student", "migrant", "citizen", "people")) {
            m.put(w, "demography");
        }
        for (String w : List.of("gdp", "economy", "consumption", "growth", "revenue", "budget", "inflation")) {
            m.put(w, "economy");
        }
        for (String w : List.of("summit", "meeting", "veto", "visit", "treaty", "agreement", "statement", "talk")) {
            m.put(w, "diplomacy");
        }
        for (String w : List.of("technology", "chip", "semiconductor", "microelectronic", "machine", "tool")) {
            m.put(w, "technology");
        }
        return m;
    }
}
