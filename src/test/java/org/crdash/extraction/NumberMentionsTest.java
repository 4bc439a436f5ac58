package org.crdash.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.crdash.series.Qualifier;
import org.crdash.source.TextOffsets;
import org.junit.jupiter.api.Test;

/** The number reader on sentences written for these tests (not taken from the seed articles). */
class NumberMentionsTest {

    private static NumberMention only(String text) {
        List<NumberMention> found = NumberMentions.find(text);
        assertThat(found).as("mentions in: %s", text).hasSize(1);
        return found.getFirst();
    }

    private static void assertReads(String text, String value, String unit, Qualifier qualifier, String written) {
        NumberMention m = only(text);
        assertThat(m.value()).as("value in: %s", text).isEqualByComparingTo(new BigDecimal(value));
        assertThat(m.unit()).as("unit in: %s", text).isEqualTo(unit);
        assertThat(m.qualifier()).as("qualifier in: %s", text).isEqualTo(qualifier);
        assertThat(m.text()).isEqualTo(written);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(written);
    }

    @Test
    void digitsWithSeparatorsDecimalsScaleAndCurrency() {
        assertReads("Turnover with Kazakhstan hit $31.5 billion last year.", "31.5", "USD bn", Qualifier.EXACT,
                "$31.5 billion");
        assertReads("Pipeline exports stood at 22.7 bcm.", "22.7", "bcm", Qualifier.EXACT, "22.7 bcm");
        assertReads("The fund holds 1,250,000 hectares of farmland.", "1250000", null,
                Qualifier.EXACT, "1,250,000");
        assertReads("Beijing pledged USD 8 billion in credit lines.", "8", "USD bn", Qualifier.EXACT, "USD 8 billion");
        assertReads("The loan was worth $650 million.", "650", "USD m", Qualifier.EXACT, "$650 million");
        assertReads("Imports reached $1.2 trillion.", "1200", "USD bn", Qualifier.EXACT, "$1.2 trillion");
        assertReads("Sales grew to $3bn.", "3", "USD bn", Qualifier.EXACT, "$3bn");
    }

    @Test
    void unitsOfShareDistanceMassAndPeople() {
        assertReads("Coal made up 41 per cent of the total.", "41", "%", Qualifier.EXACT, "41 per cent");
        assertReads("The share rose by 3.5 percentage points.", "3.5", "pp", Qualifier.EXACT, "3.5 percentage points");
        assertReads("The railway runs for 9,288 km across the country.", "9288", "km", Qualifier.EXACT, "9,288 km");
        assertReads("Mongolia has an 8,000-kilometre frontier with its neighbours.", "8000", "km", Qualifier.EXACT,
                "8,000-kilometre");
        assertReads("The ports shipped 12.4 million tonnes of grain.", "12.4", "million t", Qualifier.EXACT,
                "12.4 million tonnes");
        assertReads("Output reached 2.1 million barrels per day.", "2100000", "barrels/day", Qualifier.EXACT,
                "2.1 million barrels per day");
        assertReads("Moscow sent 3,500 soldiers to the drills.", "3500", "people", Qualifier.EXACT, "3,500 soldiers");
        assertReads("Dealers sold 900,000 cars.", "900000", "vehicles", Qualifier.EXACT, "900,000 cars");
    }

    @Test
    void wordsFractionsAndDurations() {
        assertReads("The two presidents have held roughly thirty summits.", "30", "count", Qualifier.APPROX,
                "thirty summits");
        assertReads("Energy provides a third of the state budget.", "33.3", "%", Qualifier.EXACT, "a third");
        assertReads("Tensions have lasted half a century.", "50", "years", Qualifier.EXACT, "half a century");
        assertReads("The dispute dragged on for three decades.", "30", "years", Qualifier.EXACT, "three decades");
        assertReads("The empire held the province for three-quarters of a century.", "75", "years", Qualifier.EXACT,
                "three-quarters of a century");
        assertReads("Its army is a fifth the size of its rival's.", "0.2", "multiple", Qualifier.EXACT, "a fifth");
        assertReads("The two markets absorbed over one trillion dollars of goods.", "1000", "USD bn",
                Qualifier.MORE_THAN, "one trillion dollars");
    }

    @Test
    void multiplesAndRanks() {
        assertReads("Shipments of tractors tripled.", "3", "multiple", Qualifier.EXACT, "tripled");
        assertReads("Car sales almost doubled.", "2", "multiple", Qualifier.ALMOST, "doubled");
        assertReads("The subsidy is ten times larger than before.", "10", "multiple", Qualifier.EXACT, "ten times");
        assertReads("Freight volumes grew fourfold.", "4", "multiple", Qualifier.EXACT, "fourfold");
        assertReads("Iraq is now the second-largest oil supplier to India.", "2", "rank", Qualifier.EXACT,
                "second-largest");
        assertReads("Kazakhstan is the world's largest uranium producer.", "1", "rank", Qualifier.EXACT, "largest");
        assertReads("India barely stays in its top five trading partners.", "5", "rank", Qualifier.APPROX, "top five");
    }

    @Test
    void qualifiersAndSign() {
        assertReads("Exports to Europe dropped by $4 billion.", "-4", "USD bn", Qualifier.EXACT, "$4 billion");
        assertReads("Wheat output declined 7 per cent.", "-7", "%", Qualifier.EXACT, "7 per cent");
        assertReads("Inflation fell to 4 per cent.", "4", "%", Qualifier.EXACT, "4 per cent");
        assertReads("The group has nearly 60 percent of the market.", "60", "%", Qualifier.ALMOST, "60 percent");
        assertReads("Some 7,000 workers were evacuated.", "7000", "people", Qualifier.APPROX, "7,000 workers");
        assertReads("Investments exceeded $10 billion.", "10", "USD bn", Qualifier.MORE_THAN, "$10 billion");
        assertReads("Tariffs of up to 25% apply.", "25", "%", Qualifier.LESS_THAN, "25%");
        assertReads("Fewer than 20 firms applied.", "20", "count", Qualifier.LESS_THAN, "20 firms");
    }

    @Test
    void skipsYearsDatesMarkersNamesAndPages() {
        assertThat(NumberMentions.find("In 2019 and again on 12 March 2021 and on Jan. 5, 2022, the talks resumed."))
                .isEmpty();
        assertThat(NumberMentions.find("The 1990s and the years 2008-12 were different.")).isEmpty();
        assertThat(NumberMentions.find("Power of Siberia 2, COVID-19, the G20 and Trump 2.0 were discussed."))
                .isEmpty();
        assertThat(NumberMentions.find("World War Two ended. The 80th anniversary was marked.")).isEmpty();
        assertThat(NumberMentions.find("This was widely reported.<sup>14</sup> Others disagreed.[7]")).isEmpty();
        assertThat(NumberMentions.find("Contents\n- 3 Introduction\n- 12 The economics of gas\n5 min read\n"))
                .isEmpty();
        assertThat(NumberMentions.find("7. See https://example.org/report/2024/table-31.html and page 12.")).isEmpty();
        assertThat(NumberMentions.find("The first half of 2025 saw one of the largest drops. The two sides met."))
                .isEmpty();
    }

    @Test
    void eachMentionOfASentenceWithItsOwnQualifier() {
        List<NumberMention> found = NumberMentions.find(
                "About 30 per cent of the coal went to Japan, 12 per cent to Korea and over 5 per cent to India.");
        assertThat(found).extracting(m -> m.value().toPlainString()).containsExactly("30", "12", "5");
        assertThat(found).extracting(NumberMention::qualifier)
                .containsExactly(Qualifier.APPROX, Qualifier.EXACT, Qualifier.MORE_THAN);
    }

    @Test
    void offsetsConvertToCodePoints() {
        String text = "𝐍ote: exports 😀 rose 12%.";
        NumberMention m = only(text);
        int cp = TextOffsets.offset(text, m.start());
        assertThat(text.codePoints().skip(cp).limit(3).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString()).isEqualTo("12%");
        assertThat(TextOffsets.index(text, cp)).isEqualTo(m.start());
    }
}
