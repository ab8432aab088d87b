import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvText } from './csv.ts';

describe('csvCell', () => {
  it('leaves a plain cell as it is, Korean included', () => {
    expect(csvCell('s001')).toBe('s001');
    expect(csvCell('김민수')).toBe('김민수');
    expect(csvCell('12.5')).toBe('12.5');
  });

  it('quotes a cell with a comma or a quote, doubling the quotes', () => {
    expect(csvCell('Kim, Minsu')).toBe('"Kim, Minsu"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('"')).toBe('""""');
  });

  it('turns a cell a spreadsheet would read as a formula into text', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('   =cmd')).toBe("'   =cmd");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('replaces control characters and line separators by a space, so a name cannot split the row', () => {
    expect(csvCell('line\nbreak')).toBe('line break');
    expect(csvCell('a\r\nb')).toBe('a  b');
    expect(csvCell('tab\there')).toBe('tab here');
    expect(csvCell('\u001b[31mred')).toBe(' [31mred');
    expect(csvCell('x\u0085y\u2028z\u2029')).toBe('x y z ');
    expect(csvCell('nul\u0000')).toBe('nul ');
  });

  it('still sees a formula hidden behind a line break, and quotes it when it has quotes', () => {
    expect(csvCell('\n=2*3')).toBe("' =2*3");
    expect(csvCell('\r\n=HYPERLINK("http://x")')).toBe('"\'  =HYPERLINK(""http://x"")"');
  });
});

describe('csvText', () => {
  it('is the byte-order mark, then one line per row, each ending in \\n', () => {
    expect(BOM).toBe('\uFEFF');
    expect(
      csvText([
        ['student', 'points'],
        ['Kim, Minsu', '=3'],
        ['s002', '7'],
      ]),
    ).toBe('\uFEFFstudent,points\n"Kim, Minsu",\'=3\ns002,7\n');
  });

  it('keeps an empty cell as an empty field', () => {
    expect(csvText([['a', '', 'c']])).toBe('\uFEFFa,,c\n');
  });
});
