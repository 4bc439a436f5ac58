package org.crdash.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.crdash.base.Origin;
import org.crdash.series.Qualifier;
import org.crdash.series.Series;
import org.junit.jupiter.api.Test;

/** Observation candidates on short texts written for this test (other wording than the seed articles). */
class CandidateExtractorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final List<Series> SERIES = List.of(
            new Series(1, "china_russia_trade_usd_bn", "China–Russia bilateral trade", "USD bn", "trade_value",
                    "Bilateral trade turnover between China and Russia, USD bn", Origin.SEEDED, 0, null),
            new Series(2, "china_russia_trade_growth_pct", "China–Russia trade growth", "%", "growth",
                    "Growth of China–Russia bilateral trade between base and end period, %", Origin.SEEDED, 0, null),
            new Series(3, "russia_gas_exports_to_china_bcm", "Russian pipeline gas exports to China", "bcm", "energy",
                    "Pipeline gas Russia exports to China", Origin.SEEDED, 0, null));
    private static final List<String> CATEGORIES = List.of("trade_value", "growth", "energy", "cars", "military",
            "other");

    private static List<ObservationCandidate> extract(String text, LocalDate published) {
        return new CandidateExtractor(SERIES, CATEGORIES).observations(text, published, TODAY);
    }

    private static ObservationCandidate find(List<ObservationCandidate> found, String number) {
        return found.stream().filter(c -> c.numberText().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate for '" + number + "' in " + found));
    }

    @Test
    void valueUnitPeriodSeriesAndPassageFromOneSentence() {
        String text = "Commerce between Moscow and Beijing climbed to $228 billion in 2023. Officials were pleased.";
        ObservationCandidate c = find(extract(text, LocalDate.of(2024, 3, 1)), "$228 billion");
        assertThat(c.value()).isEqualByComparingTo("228");
        assertThat(c.unit()).isEqualTo("USD bn");
        assertThat(c.period()).isEqualTo("2023");
        assertThat(c.passage()).isEqualTo("Commerce between Moscow and Beijing climbed to $228 billion in 2023.");
        assertThat(text.substring(c.passageStart(), c.passageEnd())).isEqualTo(c.passage());
        assertThat(c.note()).contains("'in 2023'");
    }

    @Test
    void eachNumberTakesTheDateWrittenAfterIt() {
        String text = "Turnover with China rose from $108 billion in 2020 to $147 billion in 2021.";
        List<ObservationCandidate> found = extract(text, null);
        assertThat(find(found, "$108 billion").period()).isEqualTo("2020");
        assertThat(find(found, "$147 billion").period()).isEqualTo("2021");
        assertThat(find(found, "$147 billion").seriesKey()).isEqualTo("china_russia_trade_usd_bn");
    }

    @Test
    void aDateOpeningTheSentenceHoldsForEveryNumberInIt() {
        String text = "In 2019, about 12 per cent of Mongolia's exports and 4.5 per cent of Kazakhstan's went east.";
        List<ObservationCandidate> found = extract(text, null);
        assertThat(find(found, "12 per cent").period()).isEqualTo("2019");
        assertThat(find(found, "12 per cent").qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(find(found, "4.5 per cent").period()).isEqualTo("2019");
    }

    @Test
    void rangesAndGrowthRatesAreBaseAndEnd() {
        List<ObservationCandidate> a = extract("Bilateral trade expanded by 26.3% from 2021 to 2022.", null);
        assertThat(find(a, "26.3%").period()).isEqualTo("2021/2022");
        assertThat(find(a, "26.3%").seriesKey()).isEqualTo("china_russia_trade_growth_pct");
        List<ObservationCandidate> b = extract("Trade with Russia grew 29 percent in 2022.", null);
        assertThat(find(b, "29 percent").period()).isEqualTo("2021/2022");
        List<ObservationCandidate> c = extract("In 2021 turnover jumped 35 percent year-on-year.", null);
        assertThat(find(c, "35 percent").period()).isEqualTo("2020/2021");
        List<ObservationCandidate> d = extract("Between 2015 and 2018 the volume dropped by 4%.", null);
        assertThat(find(d, "4%").period()).isEqualTo("2015/2018");
        assertThat(find(d, "4%").value()).isEqualByComparingTo("-4");
    }

    @Test
    void monthsQuartersAndHalves() {
        assertThat(find(extract("Deliveries reached 3.1 bcm in March 2024.", null), "3.1 bcm").period())
                .isEqualTo("2024-03");
        assertThat(find(extract("In the second quarter of 2023 sales hit $61 billion.", null), "$61 billion")
                .period()).isEqualTo("2023-Q2");
        assertThat(find(extract("Over the first half of 2025 imports came to $52 billion.", null), "$52 billion")
                .period()).isEqualTo("2025-01/2025-06");
        assertThat(find(extract("By the end of 2022 there were some 400 joint ventures.", null), "400 joint ventures")
                .period()).isEqualTo("2022-12");
    }

    @Test
    void sinceAndBeforeCountFromTheTimeOfWriting() {
        String text = "The two vetoed nine resolutions together since 2011. Before 2011 they had cast three vetoes.";
        List<ObservationCandidate> found = extract(text, LocalDate.of(2024, 5, 2));
        assertThat(find(found, "nine resolutions").period()).isEqualTo("2011/2024");
        assertThat(find(found, "three vetoes").period()).isEqualTo("2010");
    }

    @Test
    void presentTenseAndNowReadAsTheArticlesDateWithTheReadingInTheNote() {
        String text = "Gas deals were signed in May 2014. Russia now supplies roughly 38 bcm a year to China.";
        ObservationCandidate c = find(extract(text, LocalDate.of(2025, 7, 1)), "38 bcm");
        assertThat(c.period()).isEqualTo("2025");
        assertThat(c.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(c.note()).contains("time of writing").contains("2025");
        assertThat(c.seriesKey()).isEqualTo("russia_gas_exports_to_china_bcm");
        ObservationCandidate undated = find(extract("In 2021 talks began. Exports now stand at 41 bcm.", null),
                "41 bcm");
        assertThat(undated.period()).isEqualTo("2021");
        assertThat(undated.note()).contains("latest year its text mentions");
    }

    @Test
    void aMonthInTheSentenceBeforeCarriesOverToTheOccasion() {
        String text = "Xi flew to Moscow in March 2023 for a state visit. Deals worth nearly $30 billion were "
                + "announced.";
        ObservationCandidate c = find(extract(text, null), "$30 billion");
        assertThat(c.period()).isEqualTo("2023-03");
        assertThat(c.qualifier()).isEqualTo(Qualifier.ALMOST);
        assertThat(c.note()).contains("sentences before");
    }

    @Test
    void aNumberNoSeriesFitsGetsAProposedSeriesInItsUnit() {
        String text = "Chinese brands sold 900,000 cars in Russia in 2023.";
        ObservationCandidate c = find(extract(text, null), "900,000 cars");
        assertThat(c.seriesKey()).isNull();
        assertThat(c.newSeries().unit()).isEqualTo("vehicles");
        assertThat(c.newSeries().key()).matches(Series.KEY_PATTERN).endsWith("_vehicles");
        assertThat(c.newSeries().category()).isEqualTo("cars");
        assertThat(c.targetSeriesKey()).isEqualTo(c.newSeries().key());
    }

    @Test
    void datesAreNotCandidatesAndPassagesSurviveAbbreviations() {
        String text = "On Feb. 24, 2023, the U.S. Treasury listed 120 firms. Their trade fell.";
        List<ObservationCandidate> found = extract(text, null);
        assertThat(found).extracting(ObservationCandidate::numberText).containsExactly("120 firms");
        assertThat(found.getFirst().passage()).isEqualTo("On Feb. 24, 2023, the U.S. Treasury listed 120 firms.");
        assertThat(found.getFirst().value()).isEqualTo(new BigDecimal("120"));
    }
}
