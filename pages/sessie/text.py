"""Strings of live sessions (/sessie): the landing page, the participant's form and result,
the host's projector screen."""

STRINGS: dict[str, dict[str, str]] = {
    "sessie.title": {"nl": "Live sessie", "en": "Live session"},
    "sessie.lead": {
        "nl": "Laat de zaal de stellingen over het innovatieklimaat op de telefoon beantwoorden "
              "en zie live waar de groep staat naast alle organisaties. Anoniem: er wordt niets "
              "bewaard dat iemand herkenbaar maakt, en de sessie wordt gewist zodra u hem sluit "
              "(of {hours} uur na het laatste antwoord).",
        "en": "Let the room answer the innovation-climate statements on their phones and see "
              "live where the group stands next to all organisations. Anonymous: nothing that "
              "identifies anyone is kept, and the session is deleted as soon as you close it "
              "(or {hours} hours after the last answer).",
    },
    "sessie.start.heading": {"nl": "Een sessie starten", "en": "Start a session"},
    "sessie.start.help": {
        "nl": "U krijgt een scherm voor de beamer met de link en QR-code voor de deelnemers. "
              "Alleen deze browser kan de sessie bedienen; op het scherm staat een beheerlink "
              "om dat op een ander apparaat te doen.",
        "en": "You get a screen for the projector with the link and QR code for participants. "
              "Only this browser can control the session; the screen holds a host link to do "
              "that on another device.",
    },
    "sessie.start.button": {"nl": "Start een sessie", "en": "Start a session"},
    "sessie.join.heading": {"nl": "Meedoen met een code", "en": "Join with a code"},
    "sessie.join.label": {"nl": "Sessiecode (6 tekens)", "en": "Session code (6 characters)"},
    "sessie.join.button": {"nl": "Doe mee", "en": "Join"},
    "sessie.missing.title": {"nl": "Deze sessie bestaat niet (meer)",
                             "en": "This session does not exist (any more)"},
    "sessie.missing.text": {
        "nl": "Controleer de code op het scherm van de presentator. Een sessie verloopt "
              "{hours} uur na het laatste antwoord.",
        "en": "Check the code on the presenter's screen. A session expires {hours} hours after "
              "the last answer.",
    },
    "sessie.closed.title": {"nl": "Deze sessie is gesloten", "en": "This session is closed"},
    "sessie.closed.text": {
        "nl": "De presentator heeft de sessie gesloten; alle antwoorden zijn gewist.",
        "en": "The presenter closed the session; every answer has been deleted.",
    },
    "sessie.back": {"nl": "Naar het dashboard", "en": "Go to the dashboard"},
    "sessie.no_sector": {"nl": "Geen sector opgegeven", "en": "No sector given"},
    # participant
    "sessie.p.title": {"nl": "Doe mee: het innovatieklimaat van deze zaal",
                       "en": "Join in: the innovation climate of this room"},
    "sessie.p.lead": {
        "nl": "Beantwoord de stellingen voor uw eigen organisatie. Anoniem: de presentator ziet "
              "alleen de groep, en pas vanaf {min} deelnemers. Uw eigen resultaat ziet alleen u, "
              "op dit scherm.",
        "en": "Answer the statements for your own organisation. Anonymous: the presenter sees "
              "only the group, and only from {min} participants on. Your own result is shown "
              "only to you, on this screen.",
    },
    "sessie.p.code": {"nl": "Sessie {code}", "en": "Session {code}"},
    "sessie.p.sector": {"nl": "Uw sector (niet verplicht)", "en": "Your sector (optional)"},
    "sessie.p.sector_none": {"nl": "Zeg ik liever niet", "en": "I'd rather not say"},
    "sessie.p.submit": {"nl": "Verstuur mijn antwoorden", "en": "Send my answers"},
    "sessie.p.saved": {
        "nl": "Uw antwoorden zijn opgeslagen. U kunt ze aanpassen en opnieuw versturen zolang "
              "de sessie open is.",
        "en": "Your answers are saved. You can change and resend them while the session is "
              "open.",
    },
    "sessie.p.restored": {
        "nl": "Uw eerdere antwoorden staan hieronder; u kunt ze aanpassen zolang de sessie open "
              "is.",
        "en": "Your earlier answers are filled in below; you can change them while the session "
              "is open.",
    },
    "sessie.p.invalid": {
        "nl": "Beantwoord minstens {min} stellingen met een antwoord op de schaal ("
              "‘weet niet’ telt niet mee).",
        "en": "Answer at least {min} statements on the scale (‘don't know’ does not count).",
    },
    "sessie.p.full": {"nl": "Deze sessie is vol.", "en": "This session is full."},
    "sessie.p.limited": {"nl": "Te veel verzoeken; probeer het over een minuut opnieuw.",
                         "en": "Too many requests; try again in a minute."},
    "sessie.p.closed": {"nl": "Deze sessie is gesloten; antwoorden kan niet meer.",
                        "en": "This session is closed; answers are no longer taken."},
    "sessie.p.unknown": {"nl": "Deze sessie bestaat niet (meer).",
                         "en": "This session does not exist (any more)."},
    "sessie.p.result.heading": {"nl": "Uw resultaat (alleen op uw scherm)",
                                "en": "Your result (on your screen only)"},
    "sessie.p.result.score": {"nl": "Uw klimaatscore: {score}, groep ‘{group}’.",
                              "en": "Your climate score: {score}, group ‘{group}’."},
    "sessie.p.result.chart": {"nl": "Uw score naast de organisaties in Nederland",
                              "en": "Your score next to the organisations in the Netherlands"},
    # host
    "sessie.h.title": {"nl": "Live sessie {code}", "en": "Live session {code}"},
    "sessie.h.join": {"nl": "Doe mee op", "en": "Join at"},
    "sessie.h.code": {"nl": "Code", "en": "Code"},
    "sessie.h.qr_alt": {"nl": "QR-code met de link {url}", "en": "QR code with the link {url}"},
    "sessie.h.count": {"nl": "{n} deelnemers", "en": "{n} participants"},
    "sessie.h.need": {"nl": "Nog {n} antwoorden nodig voor het groepsbeeld",
                      "en": "{n} more answers needed for the room view"},
    "sessie.h.state.open": {"nl": "Live", "en": "Live"},
    "sessie.h.state.frozen": {"nl": "Bevroren: de cijfers bewegen niet",
                              "en": "Frozen: the numbers stay put"},
    "sessie.h.state.closed": {"nl": "Gesloten", "en": "Closed"},
    "sessie.h.freeze": {"nl": "Bevries", "en": "Freeze"},
    "sessie.h.reopen": {"nl": "Heropen", "en": "Reopen"},
    "sessie.h.close": {"nl": "Sluit sessie", "en": "Close session"},
    "sessie.h.close_confirm": {
        "nl": "Sessie sluiten? Alle antwoorden worden gewist; dit kan niet ongedaan worden.",
        "en": "Close the session? Every answer is deleted; this cannot be undone.",
    },
    "sessie.h.controls": {"nl": "Sessiebediening", "en": "Session controls"},
    "sessie.h.no_key": {
        "nl": "Deze browser kan deze sessie niet bedienen. Open de beheerlink die u bij het "
              "starten kreeg.",
        "en": "This browser cannot control this session. Open the host link you got when you "
              "started it.",
    },
    "sessie.h.host_link": {"nl": "Beheerlink (geheim, niet projecteren)",
                           "en": "Host link (secret, do not project)"},
    "sessie.h.host_link_help": {
        "nl": "Met deze link bedient u de sessie op een ander apparaat. Deel hem niet.",
        "en": "With this link you control the session on another device. Do not share it.",
    },
    "sessie.h.closed": {"nl": "De sessie is gesloten en alle antwoorden zijn gewist.",
                        "en": "The session is closed and every answer has been deleted."},
    "sessie.h.expired": {"nl": "Deze sessie bestaat niet (meer).",
                         "en": "This session does not exist (any more)."},
    "sessie.h.box.title": {"nl": "Klimaatscore: deze zaal naast Nederland",
                           "en": "Climate score: this room next to the Netherlands"},
    "sessie.h.box.room": {"nl": "Deze zaal (n={n})", "en": "This room (n={n})"},
    "sessie.h.box.part": {"nl": "Zaal: {group} (n={n})", "en": "Room: {group} (n={n})"},
    "sessie.h.box.nl": {"nl": "Nederland: {group} (n={n})", "en": "Netherlands: {group} (n={n})"},
    "sessie.h.box.axis": {"nl": "Klimaatscore (1 = zwak, 5 = sterk)",
                          "en": "Climate score (1 = weak, 5 = strong)"},
    "sessie.h.box.withheld": {
        "nl": "De spreiding van de zaal wordt niet getoond: de scores liggen te dicht bij elkaar "
              "om ieders score te beschermen.",
        "en": "The room's spread is not shown: the scores are too close together to protect "
              "each participant's score.",
    },
    "sessie.h.st.title": {"nl": "Per stelling: de zaal (mediaan) en Nederland (% eens)",
                          "en": "Per statement: the room (median) and the Netherlands (% agree)"},
    "sessie.h.st.median": {"nl": "Zaal: mediaan (1-5)", "en": "Room: median (1-5)"},
    "sessie.h.st.share": {"nl": "Nederland: % (helemaal) eens",
                          "en": "Netherlands: % (strongly) agree"},
    "sessie.h.st.withheld": {"nl": "niet getoond", "en": "not shown"},
    "sessie.h.rule": {
        "nl": "Groepscijfers vanaf {min} deelnemers. Kwartielen en medianen zijn gemiddelden van "
              "naburige antwoorden, nooit het antwoord van één deelnemer. Per sector alleen als "
              "elke groep minstens {min} deelnemers heeft.",
        "en": "Group figures from {min} participants on. Quartiles and medians are means of "
              "neighbouring answers, never one participant's answer. By sector only when every "
              "group has at least {min} participants.",
    },
    "sessie.h.whiskers": {"nl": "Box: kwartielen; snorren: 10e en 90e percentiel.",
                          "en": "Box: quartiles; whiskers: 10th and 90th percentile."},
}
