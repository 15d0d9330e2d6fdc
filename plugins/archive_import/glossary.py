"""The words blog themes print in other languages, with the English words the cue and chrome tables know.

Data for ``locales``: one table per language. Months and weekdays are read
only next to a day or a year (a surname "Mayo" stays a name); phrases are
whole words, longest first. Each table holds what themes and platforms
print around posts (WordPress's, Blogger's and Ghost's translated strings),
never words of running text.
"""

from __future__ import annotations

# Month names and the abbreviations themes print, January first.
MONTHS: dict[str, tuple[str, ...]] = {
    "es": ("enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul",
           "agosto ago", "septiembre setiembre sept sep", "octubre oct", "noviembre nov", "diciembre dic"),
    "fr": ("janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin", "juillet juil",
           "août aout", "septembre sept", "octobre oct", "novembre nov", "décembre decembre déc dec"),
    "de": ("januar jänner jan", "februar feb", "märz maerz mär", "april apr", "mai", "juni jun", "juli jul",
           "august aug", "september sept sep", "oktober okt", "november nov", "dezember dez"),
    "pt": ("janeiro jan", "fevereiro fev", "março marco mar", "abril abr", "maio mai", "junho jun", "julho jul",
           "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"),
    "it": ("gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu", "luglio lug",
           "agosto ago", "settembre set", "ottobre ott", "novembre nov", "dicembre dic"),
    "nl": ("januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun", "juli jul",
           "augustus aug", "september sep", "oktober okt", "november nov", "december dec"),
}

# Weekday names, Monday first.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "es": ("lunes", "martes", "miércoles miercoles", "jueves", "viernes", "sábado sabado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag"),
    "pt": ("segunda-feira segunda", "terça-feira terça", "quarta-feira quarta", "quinta-feira quinta",
           "sexta-feira sexta", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}

# The words a theme prints around a post -> the English the cue and chrome tables read.
PHRASES: dict[str, dict[str, str]] = {
    "es": {"publicado el": "posted on", "publicado por": "posted by", "escrito por": "written by", "por": "by",
           "a las": "at", "leer más": "read more", "seguir leyendo": "continue reading",
           "continuar leyendo": "continue reading", "deja un comentario": "leave a comment",
           "dejar un comentario": "leave a comment", "comentarios": "comments", "comentario": "comment",
           "sin comentarios": "no comments", "categorías": "categories", "categoría": "category",
           "etiquetas": "tags", "archivado en": "filed under", "actualizado el": "updated on",
           "min de lectura": "min read", "minutos de lectura": "min read", "compartir": "share",
           "responder": "reply", "entradas anteriores": "older posts", "entradas más recientes": "newer posts",
           "entradas recientes": "recent posts", "comentarios recientes": "recent comments",
           "archivos": "archives", "buscar": "search", "inicio": "home", "contacto": "contact",
           "saltar al contenido": "skip to content", "menú": "menu", "siguiente": "next", "anterior": "previous"},
    "fr": {"publié le": "posted on", "publié par": "posted by", "écrit par": "written by", "par": "by", "à": "at",
           "lire la suite": "read more", "continuer la lecture": "continue reading",
           "laisser un commentaire": "leave a comment", "commentaires": "comments", "commentaire": "comment",
           "aucun commentaire": "no comments", "catégories": "categories", "catégorie": "category",
           "étiquettes": "tags", "mots-clés": "tags", "classé dans": "filed under", "mis à jour le": "updated on",
           "min de lecture": "min read", "minutes de lecture": "min read", "partager": "share",
           "répondre": "reply", "articles plus anciens": "older posts", "articles plus récents": "newer posts",
           "articles récents": "recent posts", "commentaires récents": "recent comments", "rechercher": "search",
           "accueil": "home", "aller au contenu": "skip to content", "suivant": "next", "précédent": "previous"},
    "de": {"eingestellt von": "posted by", "veröffentlicht am": "posted on", "verfasst von": "written by",
           "geschrieben von": "written by", "von": "by", "um": "at", "uhr": "", "weiterlesen": "read more",
           "kommentar schreiben": "leave a comment", "kommentare": "comments", "kommentar": "comment",
           "keine kommentare": "no comments", "kategorien": "categories", "kategorie": "category",
           "schlagwörter": "tags", "stichwörter": "tags", "aktualisiert am": "updated on", "min lesezeit": "min read",
           "minuten lesezeit": "min read", "teilen": "share", "antworten": "reply", "ältere posts": "older posts",
           "ältere beiträge": "older posts", "neuere posts": "newer posts", "neuere beiträge": "newer posts",
           "neueste beiträge": "recent posts", "startseite": "home", "suche": "search",
           "zum inhalt springen": "skip to content", "diesen post per e-mail versenden": "email this",
           "auf x teilen": "share to x", "auf twitter teilen": "share to twitter",
           "in facebook freigeben": "share to facebook", "auf pinterest teilen": "share to pinterest"},
    "pt": {"publicado em": "posted on", "publicado por": "posted by", "escrito por": "written by", "por": "by",
           "às": "at", "leia mais": "read more", "ler mais": "read more", "continuar lendo": "continue reading",
           "deixe um comentário": "leave a comment", "comentários": "comments", "comentário": "comment",
           "sem comentários": "no comments", "categorias": "categories", "categoria": "category",
           "etiquetas": "tags", "arquivado em": "filed under", "atualizado em": "updated on",
           "min de leitura": "min read", "compartilhar": "share", "responder": "reply",
           "posts anteriores": "older posts", "posts recentes": "recent posts", "pesquisar": "search",
           "início": "home", "pular para o conteúdo": "skip to content", "próximo": "next", "anterior": "previous"},
    "it": {"pubblicato il": "posted on", "pubblicato da": "posted by", "scritto da": "written by", "alle": "at",
           "leggi tutto": "read more", "continua a leggere": "continue reading",
           "lascia un commento": "leave a comment", "commenti": "comments", "commento": "comment",
           "nessun commento": "no comments", "categorie": "categories", "categoria": "category",
           "archiviato in": "filed under", "aggiornato il": "updated on", "min di lettura": "min read",
           "condividi": "share", "rispondi": "reply", "articoli meno recenti": "older posts",
           "articoli recenti": "recent posts", "commenti recenti": "recent comments", "cerca": "search",
           "vai al contenuto": "skip to content", "successivo": "next", "precedente": "previous"},
    "nl": {"geplaatst op": "posted on", "geplaatst door": "posted by", "geschreven door": "written by",
           "door": "by", "om": "at", "lees meer": "read more", "verder lezen": "continue reading",
           "laat een reactie achter": "leave a comment", "reacties": "comments", "reactie": "comment",
           "geen reacties": "no comments", "categorieën": "categories", "categorie": "category",
           "min leestijd": "min read", "delen": "share", "beantwoorden": "reply", "oudere berichten": "older posts",
           "recente berichten": "recent posts", "recente reacties": "recent comments", "zoeken": "search",
           "naar de inhoud springen": "skip to content", "volgende": "next", "vorige": "previous"},
}

# Words of running text frequent in one language and rare in the others: how a page's language is told.
MARKERS: dict[str, str] = {
    "en": "the and of to is that for with you this we are was it",
    "es": "el los las y una del por para es con pero su lo está",
    "fr": "le les des et est une pour dans pas sur avec du au nous vous",
    "de": "der die das und ist nicht mit für ein eine auf den dem wir sie",
    "pt": "os uma não em do da com são para pelo pela você nós é",
    "it": "il gli che di per una con non della sono è anche questo ci",
    "nl": "het een en van niet met voor op dat zijn wij ook naar bij",
}
