"""Benchmark wiring. Answers stay in the browser except for one call: computing the result.

Privacy rules kept here: no callback logs or stores its inputs; the answers are collected,
counted and turned into a link by browser-side (clientside) callbacks; the page's own
address is written without the answers.
"""

from __future__ import annotations

from dash import ALL, Input, Output, State, callback, clientside_callback, no_update

from components import ids
from data import benchmark as data
from pages.benchmark import cards as benchmark_result
from pages.benchmark import figures as fig
from pages.benchmark.layout import peer_note, peer_option
from pages.benchmark.state import BenchmarkState


def _state(config: dict | None, **values) -> BenchmarkState:
    lang = config.get("lang") if isinstance(config, dict) else None
    org = config.get("org") if isinstance(config, dict) else None
    return BenchmarkState.from_values(lang=lang, org=org, **values)


@callback(
    Output(ids.BENCHMARK_PEER, "options"),
    Output(ids.BENCHMARK_PEER, "value"),
    Output(ids.BENCHMARK_PEER_NOTE, "children"),
    Input(ids.BENCHMARK_SECTOR, "value"),
    Input(ids.BENCHMARK_CLUSTER, "value"),
    Input(ids.BENCHMARK_SIZE, "value"),
    State(ids.BENCHMARK_PEER, "value"),
    State(ids.BENCHMARK_PEER, "options"),
    State(ids.BENCHMARK_CONFIG, "data"),
    Input(ids.BENCHMARK_EDITION, "value"),
    prevent_initial_call=True,
)
def peer_groups(sector, cluster, size, peer, options, config, edition=None):
    """Offer the published peer groups of the chosen profile (no answers involved).

    The current choice is kept while it is offered. "All organisations" counts as a choice
    only when there was something else to choose; otherwise the default (own sector) wins.
    """
    chosen_freely = peer is not None and (peer != "all" or len(options or []) > 1)
    state = _state(config, sector=sector, cluster=cluster, size_class=size,
                   peer=peer if chosen_freely else None)
    offered, withheld = fig.peer_options(
        data.peer_rows("climate_percentiles", edition), state.profile())
    chosen = fig.resolve_peer(state.peer, offered)
    return ([peer_option(p, state.lang) for p in offered],
            chosen.grouping if chosen else None,
            peer_note(withheld, offered, state.lang))


@callback(
    Output(ids.BENCHMARK_RESULT, "children"),
    Output(ids.BENCHMARK_RESULT_FOR, "data"),
    Input(ids.BENCHMARK_SUBMITTED, "data"),
    Input(ids.BENCHMARK_PEER, "value"),
    Input(ids.BENCHMARK_SECTOR, "value"),
    Input(ids.BENCHMARK_CLUSTER, "value"),
    Input(ids.BENCHMARK_SIZE, "value"),
    State(ids.BENCHMARK_CONFIG, "data"),
    Input(ids.BENCHMARK_EDITION, "value"),
    State(ids.BENCHMARK_RESULT_FOR, "data"),
)
def show_result(submitted, peer, sector, cluster, size, config, edition=None, shown=None):
    """The result for the submitted answers. Computes and returns; never logs or keeps them.
    Nothing changes when the area shows these choices already (as after a page load, whose
    layout holds the result)."""
    state = _state(config, a=submitted, sector=sector, cluster=cluster, size_class=size,
                   peer=peer)
    area = benchmark_result.result_area(state, submitted is not None, edition,
                                        shown if isinstance(shown, str) else None)
    return (no_update, no_update) if area is None else area


@callback(
    Output(ids.BENCHMARK_URL, "search"),
    Input(ids.BENCHMARK_SECTOR, "value"),
    Input(ids.BENCHMARK_CLUSTER, "value"),
    Input(ids.BENCHMARK_SIZE, "value"),
    Input(ids.BENCHMARK_PEER, "value"),
    State(ids.BENCHMARK_URL, "search"),
    State(ids.BENCHMARK_CONFIG, "data"),
    Input(ids.BENCHMARK_EDITION, "value"),
    prevent_initial_call=True,
)
def write_url(sector, cluster, size, peer, search, config, edition=None):
    """The page's address: profile, peer group and edition, never the answers."""
    chosen = data.edition_or_default(edition)
    state = _state(config, sector=sector, cluster=cluster, size_class=size, peer=peer,
                   edition="" if chosen == data.edition_or_default(None) else chosen)
    query = state.without_answers().to_query()
    return no_update if query == (search or "") else query


# --- browser-side -------------------------------------------------------------------------

# Collect the answers in statement order ("" unanswered, "x" weet niet) and count them.
clientside_callback(
    """function(values, config) {
        const entries = (window.dash_clientside.callback_context.inputs_list || [[]])[0] || [];
        const byItem = {};
        entries.forEach(function(e) { byItem[e.id.item] = e.value; });
        const tokens = config.items.map(function(k) {
            const v = byItem[k];
            return (v === null || v === undefined) ? "" : String(v);
        });
        const encoded = tokens.join(",").replace(/,+$/, "");
        const answered = tokens.filter(function(v) { return /^[1-5]$/.test(v); }).length;
        const text = config.texts.count.replace("{answered}", answered)
            .replace("{total}", config.items.length).replace("{min}", config.min);
        return [encoded, text];
    }""",
    Output(ids.BENCHMARK_ANSWERS, "data"),
    Output(ids.BENCHMARK_COUNT, "children"),
    Input({"type": ids.BENCHMARK_ANSWER_TYPE, "item": ALL}, "value"),
    State(ids.BENCHMARK_CONFIG, "data"),
)

# "Toon mijn resultaat": hand the current answers to the result (the one server call).
clientside_callback(
    """function(n, answers) {
        if (!n) { return window.dash_clientside.no_update; }
        return answers || "";
    }""",
    Output(ids.BENCHMARK_SUBMITTED, "data"),
    Input(ids.BENCHMARK_SUBMIT, "n_clicks"),
    State(ids.BENCHMARK_ANSWERS, "data"),
    prevent_initial_call=True,
)

# Say when the shown result no longer matches the answers.
clientside_callback(
    """function(answers, submitted, config) {
        return (submitted !== null && submitted !== undefined && submitted !== (answers || ""))
            ? config.texts.stale : "";
    }""",
    Output(ids.BENCHMARK_STALE, "children"),
    Input(ids.BENCHMARK_ANSWERS, "data"),
    Input(ids.BENCHMARK_SUBMITTED, "data"),
    State(ids.BENCHMARK_CONFIG, "data"),
)

# The shareable link, built in the browser in BenchmarkState.to_query's form.
clientside_callback(
    """function(answers, sector, cluster, size, peer, config) {
        const given = function(v) { return v && v !== config.not_chosen ? v : ""; };
        const values = {lang: config.lang, org: config.org || "", a: answers || "",
                        sector: given(sector), cluster: given(cluster), omvang: given(size),
                        vergelijk: peer || ""};
        const enc = function(s) {
            return encodeURIComponent(s).replace(/%20/g, "+").replace(/%2C/g, ",")
                .replace(/[!'()*]/g, function(c) {
                    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
                });
        };
        const pairs = [];
        config.params.forEach(function(p) {
            const v = values[p[0]];
            if (v !== undefined && v !== "" && v !== p[1]) { pairs.push(p[0] + "=" + enc(v)); }
        });
        const query = pairs.length ? "?" + pairs.join("&") : "";
        return window.location.origin + window.location.pathname + query;
    }""",
    Output(ids.BENCHMARK_LINK, "value"),
    Input(ids.BENCHMARK_ANSWERS, "data"),
    Input(ids.BENCHMARK_SECTOR, "value"),
    Input(ids.BENCHMARK_CLUSTER, "value"),
    Input(ids.BENCHMARK_SIZE, "value"),
    Input(ids.BENCHMARK_PEER, "value"),
    State(ids.BENCHMARK_CONFIG, "data"),
)

# "Kopieer link": the clipboard API, with a select-and-copy fallback.
clientside_callback(
    """async function(n, link, config) {
        if (!n || !link) { return window.dash_clientside.no_update; }
        try {
            await navigator.clipboard.writeText(link);
            return config.texts.copied;
        } catch (err) {
            const input = document.getElementById(config.link_id);
            if (input) {
                input.focus();
                input.select();
                try { if (document.execCommand("copy")) { return config.texts.copied; } }
                catch (err2) { /* fall through to the manual-copy message */ }
            }
            return config.texts.copy_failed;
        }
    }""",
    Output(ids.BENCHMARK_COPY_STATUS, "children"),
    Input(ids.BENCHMARK_COPY, "n_clicks"),
    State(ids.BENCHMARK_LINK, "value"),
    State(ids.BENCHMARK_CONFIG, "data"),
    prevent_initial_call=True,
)

# "Print / PDF": the browser's print dialog; assets/30-print.css makes it one page. The chart
# is redrawn at page width before any print (button or Ctrl+P) and restored afterwards.
clientside_callback(
    """function(config, n) {
        if (!window.__iboBenchmarkPrintHooks) {
            window.__iboBenchmarkPrintHooks = true;
            const graph = function() {
                return document.querySelector("#" + config.chart_id + " .js-plotly-plot");
            };
            window.addEventListener("beforeprint", function() {
                const gd = graph();
                if (!gd || !window.Plotly || !gd._fullLayout) { return; }
                const layout = gd.layout || {};
                gd.__iboScreenSize = {width: layout.width === undefined ? null : layout.width,
                                      height: layout.height === undefined ? null : layout.height};
                window.Plotly.relayout(gd, {width: config.print_width,
                                            height: Math.min(gd._fullLayout.height, 200)});
            });
            window.addEventListener("afterprint", function() {
                const gd = graph();
                if (!gd || !window.Plotly || !gd.__iboScreenSize) { return; }
                window.Plotly.relayout(gd, gd.__iboScreenSize);
                delete gd.__iboScreenSize;
            });
        }
        const ctx = window.dash_clientside.callback_context;
        if (n && ctx.triggered.some(function(t) { return t.prop_id.endsWith(".n_clicks"); })) {
            window.print();
        }
        return window.dash_clientside.no_update;
    }""",
    Output(ids.BENCHMARK_PRINT, "title"),
    Input(ids.BENCHMARK_CONFIG, "data"),
    Input(ids.BENCHMARK_PRINT, "n_clicks"),
)
