"""A comment and a block written straight from the model as JSON text: what
json.dumps(comment_dict(c)) and json.dumps(block_dict(b)) write, without the dictionaries
(a big page is mostly comments and their blocks)."""

from __future__ import annotations

from json.encoder import encode_basestring as _string  # the encoder's own, in C

from reader.model import Block, BlockKind, Comment
from reader.model.blocks import COMMENT_BLOCKS, Fields, Sources
from reader.model.row_block import APART, KIND_OF
from reader.render.json_dicts import article_dict, dumps


def block_json(block: Block) -> str:
    """json.dumps(block_dict(block)), written straight from the block."""
    return fields_json(block.fields())


def fields_json(fields: Fields) -> str:
    """block_json of the block of these fields (Block.fields, Comment.block_fields)."""
    id, kind, text, lines, sources = fields
    kind_json = _KINDS.get(kind) or _string(kind)
    lines_json = str(lines) if isinstance(lines, int) else ",".join(map(str, lines))
    sources_json = "" if sources is None else _sources_json(sources)  # most blocks: none
    # The number a comment's own block keeps as its id (comment_block_id): written as its
    # id's two numbers, not decoded and encoded; an article's "b{n}" kept as n.
    if isinstance(id, str):
        id_json = _string(id)
    elif id < 0:
        comment, k = divmod(-id, COMMENT_BLOCKS)
        return _COMMENT_BLOCK % (comment, k, kind_json, _string(text), lines_json, sources_json)
    else:
        id_json = f'"b{id}"'
    return _BLOCK % (id_json, kind_json, _string(text), lines_json, sources_json)


def _sources_json(sources: Sources) -> str:
    comment, paragraph = sources.source_comment, sources.source_block
    return ("" if comment is None else f',"source_comment":{comment}') + (
        "" if paragraph is None else ',"source_block":' + _string(paragraph)
    )


# json.dumps(comment_dict(c)) and json.dumps(block_dict(b)), key for key (a test holds them
# to it: change both together).
_COMMENT = (
    '{"number":%d,"kind":%s,"author":%s,"date_text":%s,"time":%s,"score":%s,"url":%s,'
    '"op":%s,"new":%s,"parent":%s,'
    '"reply_evidence":[%s],"mentions":[%s],"blocks":[%s],"articles":[%s]}'
)
_BLOCK = '{"id":%s,"kind":%s,"text":%s,"lines":[%s]%s}'  # the last: its sources
_COMMENT_BLOCK = _BLOCK.replace('"id":%s', '"id":"c%d.b%d"')  # its id "c{comment}.b{k}"
_EVIDENCE = '{"kind":%s,"comment":%d,"matched":%s}'
_KINDS = {kind: _string(kind) for kind in BlockKind}  # each kind's JSON, written once
_KIND_OF_CODE = tuple(_KINDS[kind] for kind in KIND_OF)  # by a row's kind byte


def comment_json(comment: Comment) -> str:
    author, date_text, parent = comment.author, comment.date_text, comment.parent
    time, score, url = comment.time, comment.score, comment.url
    # None for an empty one: no empty list made (a page of short comments has tens of
    # thousands).
    evidence, mentions, articles = comment.held_lists()
    return _COMMENT % (
        comment.number,
        _string(comment.kind),
        "null" if author is None else _string(author),
        "null" if date_text is None else _string(date_text),
        "null" if time is None else _string(time),
        "null" if score is None else str(score),
        "null" if url is None else _string(url),
        "true" if comment.op else "false",
        "true" if comment.new else "false",
        "null" if parent is None else str(parent),
        ",".join([_EVIDENCE % (_string(e.kind), e.comment, _string(e.matched)) for e in evidence])
        if evidence
        else "",
        ",".join([_string(m) for m in mentions]) if mentions else "",
        _blocks_json(comment),
        ",".join([dumps(article_dict(a)) for a in articles]) if articles else "",
    )


def _blocks_json(comment: Comment) -> str:
    """The JSON of a comment's blocks, joined: a page's rows (BlockRows) written column
    by column, with neither a block nor its fields made (a page of short comments has a
    hundred thousand); a row kept APART and a list of blocks as their fields."""
    held = comment.rows()
    if held is not None:
        rows, start, end = held
        kinds = rows.kinds[start:end]
        if max(kinds) < APART:  # one line a row, no sources: its id from its place
            row = _COMMENT_ROW % comment.number
            texts, numbers = rows.texts[start:end], rows.numbers[start:end]
            places = range(1, end - start + 1)
            return ",".join(
                [
                    row % (k, _KIND_OF_CODE[code], _string(text), number)
                    for k, code, text, number in zip(places, kinds, texts, numbers, strict=True)
                ]
            )
    return ",".join([fields_json(f) for f in comment.block_fields()])


# _COMMENT_BLOCK of a row: its comment's number filled in first, once a comment
_COMMENT_ROW = (
    _BLOCK.replace("%", "%%")
    .replace('"id":%%s', '"id":"c%d.b%%d"')
    .replace('"lines":[%%s]%%s', '"lines":[%%d]')
)
