import { describe, expect, it } from '@jest/globals';
import { type Document, isMap, isSeq, Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { setEntry, templateNode } from '../../src/existing-api/edit-template.js';
import { parseTemplate, writeTemplate } from '../../src/existing-api/read-template.js';

type Edit = (document: Document.Parsed, value: (plain: unknown) => ReturnType<typeof templateNode>) => void;

/** Parses `text`, edits its document with the yaml API as apply does, and writes it back. */
function edited(text: string, edit: Edit): string {
  const template = parseTemplate(text, 't');
  edit(template.document, (plain) => templateNode(template, plain));
  return writeTemplate(template);
}

function mapIn(document: Document.Parsed, path: readonly unknown[]): YAMLMap {
  const node = document.getIn(path, true);
  if (!isMap(node)) throw new Error(`no map at ${path.join('.')}`);
  return node;
}

function seqIn(document: Document.Parsed, path: readonly unknown[]): YAMLSeq {
  const node = document.getIn(path, true);
  if (!isSeq(node)) throw new Error(`no sequence at ${path.join('.')}`);
  return node;
}

describe('writeTemplate splices what was edited into the source', () => {
  it('reorders and removes block sequence items, each with the comments above it', () => {
    const text = 'Resources:\n  L:\n    - a   # first\n    # about b\n    - b\n    - c\n  Z: 1\n';
    const out = edited(text, (document) => {
      const list = seqIn(document, ['Resources', 'L']);
      list.items = [list.items[2], list.items[0]];
    });
    expect(out).toBe('Resources:\n  L:\n    - c\n    - a   # first\n  Z: 1\n');
  });

  it('writes a multi-line string set in a flow map on its line, JSON-escaped, in either line ending', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = `Resources:${eol}  R:${eol}    T: {"application/json": "a"}${eol}    Z: 1${eol}`;
      const template = parseTemplate(text, 't');
      const written = `#if(a)${eol}{"t":"x"}#{else}y#{end}`;
      setEntry(template, mapIn(template.document, ['Resources', 'R', 'T']), 'application/json', written);
      const out = writeTemplate(template);
      expect(out).toBe(
        `Resources:${eol}  R:${eol}    T: {"application/json": ${JSON.stringify(written)}}${eol}    Z: 1${eol}`,
      );
    }
  });

  it('rewrites a pair whose value is replaced, at its indentation and with its line ending', () => {
    const text = 'Resources:\r\n    D:\r\n        DependsOn: One\r\n        Type: X\r\n';
    const out = edited(text, (document, value) => {
      mapIn(document, ['Resources', 'D']).set('DependsOn', value(['One', 'Two']));
    });
    expect(out).toBe(
      'Resources:\r\n    D:\r\n        DependsOn:\r\n            - One\r\n            - Two\r\n        Type: X\r\n',
    );
  });

  it('appends to a flow sequence in its own style, a comment after it kept', () => {
    const text = 'Resources:\n  D:\n    DependsOn: [A, B]  # order\n    Other: [A]\n';
    const out = edited(text, (document, value) => {
      seqIn(document, ['Resources', 'D', 'DependsOn']).items.push(value('C'));
      seqIn(document, ['Resources', 'D', 'Other']).items.push(value('C'));
    });
    expect(out).toBe('Resources:\n  D:\n    DependsOn: [A, B, C]  # order\n    Other: [A, C]\n');
  });

  it('writes as a block a flow collection that was empty or gets a collection', () => {
    const text = 'Resources:\n  R:\n    Empty: []\n    P: {a: 1}\n    Q: {b: 2}\n';
    const out = edited(text, (document, value) => {
      seqIn(document, ['Resources', 'R', 'Empty']).items.push(value({ StatusCode: '200' }));
      mapIn(document, ['Resources', 'R', 'P']).set('c', value({ d: 'e' }));
      mapIn(document, ['Resources', 'R', 'Q']).set('f', value('g'));
    });
    expect(out).toBe(
      'Resources:\n  R:\n    Empty:\n      - StatusCode: "200"\n    P:\n      a: 1\n      c:\n        d: e\n    Q: {b: 2, f: g}\n',
    );
  });

  it('edits inside a flow collection nested in another', () => {
    const text = 'Resources:\n  S: [{a: 1}, b]\n';
    const out = edited(text, (document, value) => {
      const first = seqIn(document, ['Resources', 'S']).items[0] as YAMLMap;
      first.set('c', value('2'));
    });
    expect(out).toBe('Resources:\n  S: [{a: 1, c: "2"}, b]\n');
  });

  it('fills a key without a value, and appends after a last line without a line break', () => {
    const text = 'Resources:\n  M:\n    K:\n    Z: 1\n  N: 2';
    const out = edited(text, (document, value) => {
      mapIn(document, ['Resources', 'M']).set('K', value({ a: '1' }));
      mapIn(document, ['Resources']).items.push(new Pair(value('O'), value('3')));
    });
    expect(out).toBe('Resources:\n  M:\n    K:\n      a: "1"\n    Z: 1\n  N: 2\n  O: "3"\n');
  });

  it('keeps aliases, tags and nested sequences, and finds each item after a tag or in a sequence of sequences', () => {
    const text =
      'Base: &b {x: 1}\nResources:\n  Use: *b\n  L:\n    - !Ref X\n    - - q\n      - r\n    -\n      k: v\n';
    const out = edited(text, (document, value) => {
      const list = seqIn(document, ['Resources', 'L']);
      (list.items[1] as YAMLSeq).items.push(value('s'));
      list.items = [list.items[1], list.items[0], value('t'), list.items[2]];
    });
    expect(out).toBe(
      'Base: &b {x: 1}\nResources:\n  Use: *b\n  L:\n    - - q\n      - r\n      - s\n    - !Ref X\n    - t\n    -\n      k: v\n',
    );
  });

  it('follows the file: sequences level with their key, a 2-space default', () => {
    const out = edited('Resources:\n- a\n', (document, value) => {
      (document.contents as YAMLMap).set('B', value({ c: ['d'] }));
    });
    expect(out).toBe('Resources:\n- a\nB:\n  c:\n  - d\n');
  });

  it('appends JSON members with the separator the file uses, or on lines of their own', () => {
    const text =
      '{\r\n    "Resources": {"A": {"b": 1}},\r\n    "Single": {\r\n        "a": 1\r\n    },\r\n    "Empty": {}\r\n}\r\n';
    const out = edited(text, (document, value) => {
      mapIn(document, ['Resources', 'A']).set('c', value(2));
      mapIn(document, ['Single']).set('b', value([true]));
      mapIn(document, ['Empty']).set('x', value('y'));
    });
    expect(out).toBe(
      '{\r\n    "Resources": {"A": {"b": 1, "c": 2}},\r\n    "Single": {\r\n        "a": 1,\r\n        "b": [\r\n            true\r\n        ]\r\n    },\r\n    "Empty": {\r\n        "x": "y"\r\n    }\r\n}\r\n',
    );
  });

  it('removes a JSON member and rewrites one whose value is replaced', () => {
    const text = '{\n  "Resources": {\n    "a": 1,\n    "b": 2,\n    "c": {"d": 3}\n  }\n}\n';
    const out = edited(text, (document, value) => {
      const resources = mapIn(document, ['Resources']);
      resources.items = resources.items.filter((pair) => String(pair.key) !== 'b');
      const kept = resources.get('a', true);
      resources.set('c', value({ e: null }));
      mapIn(document, ['Resources', 'c']).set('f', kept);
    });
    expect(out).toBe(
      '{\n  "Resources": {\n    "a": 1,\n    "c": {\n      "e": null,\n      "f": 1\n    }\n  }\n}\n',
    );
  });

  it('keeps a minified JSON file minified', () => {
    const text = '{"Resources":{"A":{"b":1}},"E":{},"L":[1]}';
    const out = edited(text, (document, value) => {
      mapIn(document, ['Resources', 'A']).set('c', value({ d: [2] }));
      mapIn(document, ['E']).set('x', value('y'));
      seqIn(document, ['L']).items.push(value(2));
    });
    expect(out).toBe('{"Resources":{"A":{"b":1,"c":{"d":[2]}}},"E":{"x":"y"},"L":[1,2]}');
  });

  it('fills an empty flow collection inside another in flow style', () => {
    const out = edited('Resources:\n  S: [[], b]\n', (document, value) => {
      (seqIn(document, ['Resources', 'S']).items[0] as YAMLSeq).items.push(value('c'));
    });
    expect(out).toBe('Resources:\n  S: [[ c ], b]\n');
  });

  it('appends after a comment that ends a nested map, and moves an item with the comments above it', () => {
    const text =
      'Resources:\n  A:\n    P:\n      Name: x\n      # last in A\n  L:\n    - a\n    # about b\n    - b\n';
    const first = edited(text, (document, value) => {
      mapIn(document, ['Resources']).set('B', value({ c: 'd' }));
      const list = seqIn(document, ['Resources', 'L']);
      list.items = [list.items[1], list.items[0]];
    });
    expect(first).toBe(
      'Resources:\n  A:\n    P:\n      Name: x\n      # last in A\n  L:\n    # about b\n    - b\n    - a\n  B:\n    c: d\n',
    );
    const again = edited(first, (document, value) => {
      mapIn(document, ['Resources']).set('B', value({ c: 'd' }));
    });
    expect(again).toBe(first);
  });
});
