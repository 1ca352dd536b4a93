/**
 * The hand-written fast paths of the analysis stage must answer exactly as the regexes and
 * the library they replace. Each is compared here with its original on real and made-up text,
 * so a change on either side (a franc-min upgrade, a new cue rule) shows at once.
 */
import { describe, expect, it } from 'vitest';
import { franc } from 'franc-min';
import { data } from 'franc-min/data.js';
import { tokenize } from '../../src/match/tokenize.js';
import { trustRules } from '../../src/trust/rules.js';
import { quickTests } from '../../src/trust/quick-test.js';
import { francLanguage } from '../../src/trust/trigrams.js';
import { countWholeName } from '../../src/trust/whole-name.js';
import { countWords, escapeRegExp } from '../../src/trust/words.js';
import { cellsOf } from '../../src/resume/structure/index.js';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const SENTENCES = [
  'Led the migration of the billing platform to an event-driven design, working with product and finance.',
  'Desarrollo de consultas y reportes para el área de finanzas de la empresa, con atención al usuario final.',
  'Responsable de la conception et du déploiement des services internes pour les équipes de production.',
  'Verantwortlich für die Entwicklung und den Betrieb der internen Plattform für Zahlungsverkehr.',
  'Responsável pelo desenvolvimento de aplicações web e pela manutenção dos sistemas da empresa.',
  'Отвечал за разработку и поддержку внутренних сервисов компании и обучение новых сотрудников.',
  '负责公司后端服务的设计与开发，使用 Go 和 Python 实现高并发的数据处理系统',
  '社内向けのウェブサービスを設計し、開発チームのリーダーとして品質改善に取り組みました。',
  '사내 웹 서비스의 설계와 개발을 담당했으며 팀의 코드 품질 개선을 이끌었습니다.',
  'مسؤول عن تطوير وصيانة الأنظمة الداخلية للشركة وتدريب الموظفين الجدد.',
  'कंपनी की आंतरिक सेवाओं के विकास और रखरखाव के लिए जिम्मेदार था।',
  'Υπεύθυνος για την ανάπτυξη και συντήρηση των εσωτερικών συστημάτων της εταιρείας.',
  'Some odd letters: K (Kelvin), İstanbul, ǅ, ß ẞ, ﬁ ligature, 𝐁𝐨𝐥𝐝 math letters, and a lone \uD800 surrogate.',
];

function samples(): string[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const out = [...SENTENCES, '', ' ', 'abc', '2019 - 2021', '!!!!!!!!!!!!!!!!', SENTENCES.join('\n')];
  for (let k = 0; k < 120; k++) {
    const parts = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pick(SENTENCES).slice(Math.floor(next() * 40)));
    out.push(parts.join(pick(['\n', ' ', ' • ', '   ', '\t'])));
  }
  // Text built from franc's own trigram models, one language or two mixed.
  const models = Object.values(data).flatMap((script) => Object.values(script).map((model) => model.split('|')));
  for (let k = 0; k < 150; k++) {
    const a = pick(models);
    const b = next() < 0.5 ? a : pick(models);
    let text = '';
    for (let i = Math.floor(next() * 600); i > 0; i--) text += pick(next() < 0.5 ? a : b) + pick(['', ' ', '. ', '1', '\n']);
    out.push(text);
  }
  return out;
}

describe('francLanguage', () => {
  it('answers as franc-min does, whatever the script, length or minimum', () => {
    for (const text of samples()) {
      for (const minLength of [0, 40, 120]) expect(francLanguage(text, minLength), JSON.stringify(text.slice(0, 60))).toBe(franc(text, { minLength }));
    }
  });
});

describe('text counts', () => {
  const texts = samples();

  it('tokenize finds the tokens /[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]/gu does', () => {
    for (const text of texts) {
      const expected = [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => [m.index, m.index + m[0].length, m[0].toLowerCase()]);
      expect(tokenize(text).map((t) => [t.start, t.end, t.lower])).toEqual(expected);
    }
  });

  it('countWords counts the words the word regex does', () => {
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
    for (const text of texts) {
      let expected = 0;
      for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}+#.'’-]*/gu)) expected += cjk.test(m[0]) ? [...m[0]].length : 1;
      expect(countWords(text)).toBe(expected);
    }
  });
});

describe('countWholeName', () => {
  const names = ['Go', 'C', 'R', 'AI', 'Java', 'JavaScript', 'C++', 'C#', '.NET', 'Node.js', 'k8s', 'Kelvin', 'iOS', 'Scikit-learn', 'A/B testing', 'Ñandú'];
  const lines = [
    'Go, go, GO and gO; Golang is not Go.',
    'C and C++ and C# and c, ObjC, C/C++',
    'Java/JavaScript, javascript, JAVA8, Java-based, (Java)',
    'Kelvin KELVIN kelvin, İOS ios IOS iOS ſcikit-learn Scikit-learn',
    'node.js Node.js Node.jsx, .NET/.net ASP.NET',
    'Ñandú ñandú ÑANDÚ ñandúes',
    'A/B testing a/b testing, K8S k8s',
  ];
  it('counts as the whole-word pattern it replaces', () => {
    for (const name of names) {
      const pattern = new RegExp(`(?<![A-Za-z0-9\u00C0-\u024F+#])${escapeRegExp(name)}(?![A-Za-z0-9\u00C0-\u024F+#])`, name.length <= 2 ? 'g' : 'gi');
      for (const line of [...lines, ...SENTENCES]) expect(countWholeName(line, name), `${name} in ${line}`).toBe(line.match(pattern)?.length ?? 0);
    }
  });
});

describe('quickTests', () => {
  const rules = [trustRules().placeholder.rules, ...trustRules().notAResume.kinds.map((k) => k.cues)].flat();
  const lines = [
    'Dear Hiring Manager,', 'Sincerely, Jane', 'Job Title 1', 'Company 2 years', 'Skill 3+', 'lorem ipsum dolor sit amet',
    '[Your Name]', 'Company Name   City, State', 'Responsibilities:', 'We are looking for an engineer', 'you will join our data team',
    '20XX – Present', 'mm/yyyy', 'EEO employer', '5+ years of experience required', 'Job Title', 'Description line 1',
    'ſkill 1', 'KELVIN K', 'Requirements', 'benefits', 'x', '',
  ];

  it('never rejects a line, a document or a cell the rule itself accepts', () => {
    for (const rule of rules) {
      const quick = quickTests(rule.pattern);
      for (const line of lines) {
        if (rule.pattern.test(line)) expect(quick.line?.test(line) ?? true, `${rule.id}: ${line}`).toBe(true);
        const joined = ['before', line, 'after'].join('\n');
        if (rule.pattern.test(line)) expect(quick.document?.test(joined) ?? true, `${rule.id} document: ${line}`).toBe(true);
        if (cellsOf(line).some((cell) => rule.pattern.test(cell))) expect(quick.cellsDocument?.test(joined) ?? true, `${rule.id} cells: ${line}`).toBe(true);
      }
    }
  });

  it('keeps \\b inside a negative lookaround and gives such a pattern no document test', () => {
    const quick = quickTests(/\bskill\s*[1-9]\b(?!\s*\byears\b)/iu);
    expect(quick.line?.source).toBe('skill\\s*[1-9](?!\\s*\\byears\\b)');
    expect(quick.document).toBeNull();
    expect(quickTests(/^\s*dear\b/iu).cellsDocument?.source).toBe('\\s*dear');
  });
});
