"""Month names, weekday names and "ago" words of the languages pages come in: data the
date patterns are built from (dates.py). Lower case; a month maps to its number."""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


_BY_LANGUAGE = {
    "en": "january february march april may june july august september october november december",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
    " diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro"
    " dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre"
    " dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}
# Short forms: English ones, and the few others that differ from every full name.
_SHORT = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12, "okt": 10, "dez": 12, "mär": 3, "mrz": 3,
    "ene": 1, "abr": 4, "dic": 12, "mrt": 3,
}  # fmt: skip

MONTHS: dict[str, int] = dict(_SHORT)
for _names in _BY_LANGUAGE.values():
    for _number, _name in enumerate(_names.split(), start=1):
        MONTHS[_name] = _number

WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs"
    " fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi"
    " mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado"
    " domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira"
)

# "3 hours ago" in a few languages: the unit words and the words that say "ago".
AGO_UNITS = _words(
    "s sec secs seconds? m min mins minutes? h hr hrs hours? d days? w wk wks weeks? mo months?"
    " y yr yrs years? minutos? horas? dias? días? semanas? meses? mes anos? años? minuten"
    " stunden? tagen? wochen? monaten? jahren? heures? jours? semaines? mois ans?"
)
AGO_AFTER = ("ago", "atrás", "atras", "fa")  # "3 hours ago", "2 dias atrás"
AGO_BEFORE = ("hace", "vor", "il y a", "há", "ha")  # "hace 3 horas", "vor 2 Tagen"

# The words that say a line dates the article's publication, and those that say it dates
# an update (published_parts.py: the update's yield to the publication's).
PUBLISHED_WORDS = r"published|posted|created|publié|publicado|pubblicato|veröffentlicht"
UPDATED_WORDS = r"updated|modified|aktualisiert|mis à jour|actualizado|aggiornato"

# What a date line may say beside its date in other languages ("Publié le", "Veröffentlicht
# am", "Pubblicato il … alle", "Publicado el", "Mis à jour le", "Aktualisiert am").
DATE_LINE_WORDS = _words(
    "publié publiée mis à jour veröffentlicht aktualisiert pubblicato aggiornato il alle ore"
    " publicado publicada actualizado actualizada atualizado em gepubliceerd bijgewerkt op"
)
