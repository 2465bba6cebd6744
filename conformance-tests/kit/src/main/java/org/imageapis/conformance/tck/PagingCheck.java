package org.imageapis.conformance.tck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.imageapis.conformance.semantics.OperationSemantics;
import org.imageapis.conformance.semantics.Paging;

/**
 * Walks every page of the baseline query in small pages and holds the answers to {@code x-paging}: no page longer
 * than the limit, the same total on every page, the per-page fields and the {@code offset-count/total} header in
 * agreement with the body, exactly the total's number of records without a duplicate, an empty page past the end,
 * and, where one page can hold them all, the same records in the same order as that single page.
 */
final class PagingCheck implements Check {

    /** About this many pages are walked, whatever the total. */
    private static final int TARGET_PAGES = 20;

    @Override
    public CheckName name() {
        return CheckName.PAGING;
    }

    @Override
    public CaseResult run(ApiUnderTest api, OperationSemantics operation) {
        Verdict verdict = new Verdict(name(), api, operation.operation());
        if (operation.paging().isEmpty()) {
            return verdict.skipped("the operation does not page (no x-paging)");
        }
        Paging paging = operation.paging().get();
        Records.Limits limits = Records.limits(api, operation);
        Exchange first = send(api, operation, 0, limits.smallest());
        Optional<List<JsonNode>> firstItems = Records.items(paging, first);
        if (first.status() / 100 != 2 || firstItems.isEmpty()) {
            verdict.fail("the first page: " + first.describe());
            return verdict.result("");
        }
        OptionalLong firstTotal = Records.total(paging, first, firstItems.get());
        if (firstTotal.isEmpty()) {
            verdict.fail("the first page has no total where x-paging says: " + first.describe());
            return verdict.result("");
        }
        long total = firstTotal.getAsLong();
        if (total == 0) {
            return verdict.skipped("the server has no records to page through" + Hints.forEmpty(api));
        }
        long limit = Math.max(limits.smallest(), Math.min(limits.largest(), (total + TARGET_PAGES - 1) / TARGET_PAGES));
        List<JsonNode> walked = walk(api, operation, total, limit, verdict);
        if (verdict.failed()) {
            return verdict.result("");
        }
        if (walked.size() != total) {
            verdict.fail("walking pages of " + limit + " gave " + walked.size() + " records; the total is " + total);
        }
        findDuplicate(paging, walked, limit).ifPresent(verdict::fail);
        Exchange past = send(api, operation, total, limit);
        Records.items(paging, past)
                .filter(items -> !items.isEmpty())
                .ifPresent(items -> verdict.fail("a page past the end (offset " + total + ") holds " + items.size()
                        + " records: " + past.request().line()));
        if (total <= limits.largest()) {
            compareWithOnePage(api, operation, total, Math.max(total, limits.smallest()), walked, verdict);
        } else {
            verdict.note("the total " + total + " exceeds the largest page (" + limits.largest()
                    + "): no single-page comparison");
        }
        return verdict.result(total + " records in pages of " + limit + ", each once; totals and page fields agree");
    }

    private static Exchange send(ApiUnderTest api, OperationSemantics operation, long offset, long limit) {
        return api.sender()
                .send(
                        CheckName.PAGING,
                        operation.operation(),
                        Records.page(api, operation, offset, limit).build());
    }

    /** The records of every page, checking each page as it comes; moves on by the records a page holds. */
    private static List<JsonNode> walk(
            ApiUnderTest api, OperationSemantics operation, long total, long limit, Verdict verdict) {
        Paging paging = operation.paging().orElseThrow();
        List<JsonNode> walked = new ArrayList<>();
        long offset = 0;
        for (long pages = 0; offset < total && pages <= total / limit + 2 && !verdict.failed(); pages++) {
            Exchange exchange = send(api, operation, offset, limit);
            Optional<List<JsonNode>> items = Records.items(paging, exchange);
            if (exchange.status() / 100 != 2 || items.isEmpty()) {
                verdict.fail("the page at offset " + offset + ": " + exchange.describe());
                break;
            }
            checkPage(paging, exchange, items.get(), offset, limit, total, verdict);
            if (items.get().isEmpty()) {
                verdict.fail("the page at offset " + offset + " is empty, but the total is " + total + ": "
                        + exchange.request().line());
                break;
            }
            walked.addAll(items.get());
            offset += items.get().size();
        }
        return walked;
    }

    private static void checkPage(
            Paging paging,
            Exchange exchange,
            List<JsonNode> items,
            long offset,
            long limit,
            long total,
            Verdict verdict) {
        String where =
                "the page at offset " + offset + " (" + exchange.request().line() + ")";
        if (items.size() > limit) {
            verdict.fail(where + " holds " + items.size() + " records, more than the limit " + limit);
        }
        OptionalLong pageTotal = Records.total(paging, exchange, items);
        if (pageTotal.isEmpty() || pageTotal.getAsLong() != total) {
            verdict.fail(where + " gives the total " + (pageTotal.isEmpty() ? "nowhere" : pageTotal.getAsLong())
                    + ", the first page " + total);
        }
        JsonNode body = exchange.json().orElseThrow();
        paging.pageSize().ifPresent(pointer -> expect(body, pointer, items.size(), where, verdict));
        if (offset % limit == 0) {
            paging.pageNumber().ifPresent(pointer -> expect(body, pointer, offset / limit + 1, where, verdict));
        }
        paging.pageCount().ifPresent(pointer -> expect(body, pointer, (total + limit - 1) / limit, where, verdict));
        paging.totalInItem().ifPresent(pointer -> {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).at(pointer).asLong(-1) != total) {
                    verdict.fail(where + ": record " + i + " gives " + pointer + " = "
                            + items.get(i).at(pointer) + ", the total is " + total);
                    break;
                }
            }
        });
        paging.totalHeader().ifPresent(header -> {
            Optional<Records.Range> range = exchange.header(header).flatMap(Records.Range::parse);
            Records.Range expected = new Records.Range(offset, items.size(), total);
            if (range.isEmpty() || !range.get().equals(expected)) {
                verdict.fail(
                        where + ": " + header + " is " + exchange.header(header).orElse("missing") + ", the body says "
                                + expected.offset() + "-" + expected.count() + "/" + expected.total());
            }
        });
    }

    private static void expect(JsonNode body, String pointer, long expected, String where, Verdict verdict) {
        JsonNode actual = body.at(pointer);
        if (!actual.canConvertToLong() || actual.longValue() != expected) {
            verdict.fail(where + ": " + pointer + " is " + (actual.isMissingNode() ? "missing" : actual) + ", expected "
                    + expected);
        }
    }

    private static Optional<String> findDuplicate(Paging paging, List<JsonNode> walked, long limit) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < walked.size(); i++) {
            Integer earlier = seen.putIfAbsent(Records.identity(paging, walked.get(i)), i);
            if (earlier != null) {
                return Optional.of("record " + i + " (page of offset " + (i / limit * limit) + ") repeats record "
                        + earlier + ": " + abbreviate(walked.get(i).toString()));
            }
        }
        return Optional.empty();
    }

    /** With every record on one page, the walk must give the same records in the same order. */
    private static void compareWithOnePage(
            ApiUnderTest api,
            OperationSemantics operation,
            long total,
            long limit,
            List<JsonNode> walked,
            Verdict verdict) {
        Paging paging = operation.paging().orElseThrow();
        Exchange exchange = send(api, operation, 0, limit);
        Optional<List<JsonNode>> all = Records.items(paging, exchange);
        if (exchange.status() / 100 != 2 || all.isEmpty()) {
            verdict.fail("one page of all " + total + " records: " + exchange.describe());
            return;
        }
        for (int i = 0; i < Math.max(all.get().size(), walked.size()); i++) {
            String single =
                    i < all.get().size() ? Records.identity(paging, all.get().get(i)) : null;
            String paged = i < walked.size() ? Records.identity(paging, walked.get(i)) : null;
            if (!Objects.equals(single, paged)) {
                verdict.fail("record " + i + " differs between the walk and one page of " + total + ": "
                        + (single == null ? "the single page ends" : abbreviate(single)) + " vs "
                        + (paged == null ? "the walk ends" : abbreviate(paged)));
                return;
            }
        }
        verdict.note("one page of " + total + " holds the same records in the same order");
    }

    static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
