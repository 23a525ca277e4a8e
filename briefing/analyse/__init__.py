"""Analyse: sentences, tokens and entities in one pass, shared by every later stage."""

from __future__ import annotations

from briefing.lang.sentences import paragraph_spans, sentence_spans
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Corpus, Document, Sentence


def analyse_document(doc: Document, doc_index: int) -> AnalysedDocument:
    sentences: list[Sentence] = []
    for p_no, (p_start, p_end) in enumerate(paragraph_spans(doc.text)):
        para = doc.text[p_start:p_end]
        for s, e in sentence_spans(para):
            text = " ".join(para[s:e].split())
            sentences.append(
                Sentence(
                    doc=doc_index,
                    index=len(sentences),
                    paragraph=p_no,
                    text=text,
                    start=p_start + s,
                    end=p_start + e,
                    words=words(text),
                )
            )
    return AnalysedDocument(document=doc, sentences=sentences)


def analyse(
    documents: list[Document],
    *,
    entities: bool = True,
) -> Corpus:
    """Segment every document; with ``entities`` also run the entity pass."""
    corpus = Corpus(docs=[])
    for i, doc in enumerate(documents):
        corpus.docs.append(analyse_document(doc, i))
    if entities:
        from briefing.analyse.entities import annotate_entities

        annotate_entities(corpus)
    return corpus
