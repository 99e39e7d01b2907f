"""A chart card's data table is built in the browser when its table view opens.

The card carries the table's cells in a store (components/chart.py: `table_data`); this
callback turns them into the accessible table (caption, column headers with scope, a region
that scrolls sideways on phones) when the view switch is set to "table", also when a rebuilt
card comes back with the view the user chose (the switch keeps it: persistence). A page's
first render thus holds one store per card instead of every cell as a component (on
/klimaat about half of the page's components), and its first chart draws sooner.
"""

from __future__ import annotations

from dash import MATCH, Input, Output, State, clientside_callback

from components import ids

clientside_callback(
    """function(view, data, shown) {
        if (view !== "table" || !data || shown) { return window.dash_clientside.no_update; }
        const el = (type, children, props) => ({type: type, namespace: "dash_html_components",
                                                props: Object.assign({children: children}, props)});
        const head = el("Thead", el("Tr", data.columns.map(c => el("Th", c, {scope: "col"}))));
        const body = el("Tbody", data.rows.map(row => el("Tr", row.map(v => el("Td", v)))));
        const table = el("Table", [el("Caption", data.caption), head, body],
                         {className: "table table-sm table-striped mt-2"});
        return el("Div", table, {className: "table-scroll", tabIndex: "0", role: "region",
                                 "aria-label": data.caption});
    }""",
    Output(ids.table_of(MATCH), "children"),
    Input(ids.view_of(MATCH), "value"),
    Input(ids.table_data_of(MATCH), "data"),
    State(ids.table_of(MATCH), "children"),
)
