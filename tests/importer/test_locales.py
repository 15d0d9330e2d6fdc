"""Pages in other languages: the page's language is told from its text, and its theme's words and dates read.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

import pytest

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.locales import detect_language, glossary
from archive_import.model import ArchiveConfig

SPANISH_PAGE = """Mostrador Abierto
Inicio
Blog
Contacto
Cómo contestamos a un cliente enfadado
12 de abril de 2024 por Marta Iglesias
Lo primero que hacemos es no defendernos, porque el cliente no escribe para que le expliquen la política.
Después le decimos qué vamos a hacer y cuándo, con una fecha concreta y el nombre de quien se encarga.
Categorías Atención
Etiquetas quejas, correo
Deja un comentario
Por qué ya no cerramos tickets los viernes
5 de abril de 2024 por Joaquín Herrera
Los tickets cerrados con prisa el viernes volvían abiertos el lunes, y el cliente tenía que contarlo todo otra vez.
Ahora el viernes por la tarde solo revisamos lo pendiente y dejamos una nota para quien entra el lunes.
Categorías Equipo
2 comentarios
Entradas anteriores
"""

GERMAN_POST_FOOTER = "Eingestellt von Jana Roth um 16:05 2 Kommentare:"


@pytest.mark.parametrize("text, language", [
    (SPANISH_PAGE, "es"),
    ("Wir haben die Warteschleife neu aufgenommen, und die Zahl der Anrufe, die auflegen, ist nicht mehr so hoch "
     "wie im Winter. Das Team hat die Musik selbst ausgesucht, und wir sagen jetzt an, an welcher Stelle man "
     "in der Schlange steht. Für die Kunden ist das eine große Hilfe, und für uns auch. " * 2, "de"),
    ("Nous avons changé la musique d'attente et les clients raccrochent moins souvent. Pour les appels du "
     "lundi, nous avons ajouté une personne dans l'équipe, et les réponses sont plus rapides. " * 3, "fr"),
    ("We changed the hold music and fewer callers hang up. The team picked the tracks, and this is the "
     "first month that the queue was shorter than it was in the spring. " * 3, None),
    ("Marta Iglesias\nJoaquín Herrera\n12 de abril de 2024", None),  # names and a date say nothing
])
def test_the_page_language_is_told_from_its_running_text(text, language):
    assert detect_language(text.splitlines()) == language


@pytest.mark.parametrize("language, line, english", [
    ("es", "12 de abril de 2024 por Marta Iglesias", "12 April 2024 by Marta Iglesias"),
    ("es", "Publicado el 5 de marzo de 2024 a las 10:32", "Posted on 5 March 2024 at 10:32"),
    ("es", "Ángel Mayo", "Ángel Mayo"),  # a month's name only next to a day or a year
    ("de", "Dienstag, 5. März 2024", "Tuesday, 5 March 2024"),
    ("de", GERMAN_POST_FOOTER, "Posted by Jana Roth at 16:05 2 Comments:"),
    ("de", "Diesen Post per E-Mail versendenBlogThis!Auf X teilen", "Email thisBlogThis!Share to x"),
    ("fr", "Publié le 3 mars 2024 à 10h32 par Paul Lenoir", "Posted on 3 March 2024 at 10:32 by Paul Lenoir"),
    ("fr", "Par Élodie Marchand / 3 mars 2024 / Conseils / 2 commentaires",
     "By Élodie Marchand / 3 March 2024 / Conseils / 2 comments"),
])
def test_a_line_is_read_in_english(language, line, english):
    assert glossary(language).probe(line) == english


def test_a_spanish_page_gives_its_posts_titles_dates_authors_and_tags_and_keeps_its_words():
    posts = parse_archive(SPANISH_PAGE.encode("utf-8"), "pagina.txt").posts
    assert [(post.title, post.metadata["date"], post.metadata["author"]) for post in posts] == [
        ("Cómo contestamos a un cliente enfadado", "2024-04-12", "Marta Iglesias"),
        ("Por qué ya no cerramos tickets los viernes", "2024-04-05", "Joaquín Herrera")]
    assert posts[0].metadata["tags"] == "quejas, correo"
    assert posts[0].body.startswith("Lo primero que hacemos es no defendernos")  # as written, not translated
    assert not any(word in post.body for post in posts for word in ("Deja un comentario", "comentarios",
                                                                    "Entradas anteriores", "Categorías"))


def test_archives_toml_can_say_a_page_is_english_or_name_its_language():
    english = parse_archive(SPANISH_PAGE.encode("utf-8"), "pagina.txt", ArchiveConfig(language="en"))
    assert not any(post.metadata.get("date") for post in english.posts)  # read with English tables: no dates
    named = parse_archive(SPANISH_PAGE.encode("utf-8"), "pagina.txt", ArchiveConfig(language="es"))
    assert [post.metadata["date"] for post in named.posts] == ["2024-04-12", "2024-04-05"]
    unknown = parse_archive(SPANISH_PAGE.encode("utf-8"), "pagina.txt", ArchiveConfig(language="xx"))
    assert any("unknown language 'xx'" in warning for warning in unknown.warnings)
