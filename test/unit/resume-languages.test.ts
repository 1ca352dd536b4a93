import { describe, expect, it } from 'vitest';
import { analyzeStructure, classifySections } from '../../src/resume/structure/index.js';
import { headingRule } from '../../src/resume/structure/headings.js';
import { findDateRanges } from '../../src/resume/structure/parse-date-range.js';
import { lines, levelIn } from '../helpers/lines.js';

const sectionOf = (heading: string): string => classifySections(lines('Ana Pérez', heading, 'contenido'))[2]!;
const blockOf = (heading: string): string | undefined => headingRule(heading)?.block;

describe('headings in Spanish, Portuguese, French and German', () => {
  it.each([
    // Spanish
    ['EXPERIENCIA LABORAL', 'experience'],
    ['Experiencia Profesional', 'experience'],
    ['EDUCACIÓN', 'education'],
    ['EDUCACION', 'education'],
    ['Formación Académica', 'education'],
    ['HABILIDADES', 'skills'],
    ['Conocimientos Técnicos', 'skills'],
    ['PROYECTOS', 'projects'],
    ['CERTIFICACIONES', 'certifications'],
    ['Perfil Profesional', 'summary'],
    ['IDIOMAS', 'other'],
    ['Educación y Formación', 'education'],
    // Portuguese
    ['Experiência Profissional', 'experience'],
    ['FORMAÇÃO ACADÊMICA', 'education'],
    ['Competências', 'skills'],
    ['Projetos', 'projects'],
    ['Certificações', 'certifications'],
    ['Resumo Profissional', 'summary'],
    ['Formação e Cursos', 'education'],
    // French
    ['EXPÉRIENCES PROFESSIONNELLES', 'experience'],
    ['Formation', 'education'],
    ['Compétences Techniques', 'skills'],
    ['Projets Personnels', 'projects'],
    ['Langues', 'other'],
    ["Centres d'intérêt", 'other'],
    // German
    ['Berufserfahrung', 'experience'],
    ['Beruflicher Werdegang', 'experience'],
    ['AUSBILDUNG', 'education'],
    ['Aus- und Weiterbildung', 'education'],
    ['IT-Kenntnisse', 'skills'],
    ['Projekte', 'projects'],
    ['Zertifikate', 'certifications'],
    ['Über mich', 'summary'],
    ['Sprachkenntnisse', 'other'],
  ])('%s → %s', (heading, section) => {
    expect(sectionOf(heading)).toBe(section);
  });

  it('gives each the block of its English name', () => {
    expect(blockOf('Prácticas Profesionales')).toBe('internship');
    expect(blockOf('Estágios')).toBe('internship');
    expect(blockOf('Praktika')).toBe('internship');
    expect(blockOf('Voluntariado')).toBe('activity');
    expect(blockOf('Bénévolat')).toBe('activity');
    expect(blockOf('Investigación')).toBe('research');
  });

  it('reads a numbered heading and one with its span of dates in brackets', () => {
    expect(sectionOf('II. FORMACIÓN EDUCATIVA:')).toBe('education');
    expect(sectionOf('IV EXPERIENCIA LABORAL')).toBe('experience');
    expect(sectionOf('EDUCACIÓN (03/2019-EN CURSO)')).toBe('education');
    expect(sectionOf('Volunteer Work (March 2015 to Current)')).toBe('other');
  });

  it('leaves English lines that look like them alone', () => {
    // An English word one letter from a heading of another language is no misspelling of it.
    expect(headingRule('STUDIOS')).toBeNull();
    // A skill rated in years, and the end of a wrapped line, are no headings.
    expect(sectionOf('Leadership (14 years)')).toBe('header');
    expect(sectionOf('Experience (9-12)')).toBe('header');
    expect(headingRule('Résumé')).toBeNull();
    expect(headingRule('Engagement')).toBeNull();
    // A name of an occupation with a heading word in it names no section.
    expect(headingRule('Ingeniero de Proyectos')).toBeNull();
  });
});

describe('months of a student whose headings are in another language', () => {
  it('counts 0 months for education, skills and projects with no work section', () => {
    const s = analyzeStructure(lines(
      'Lucía Gómez', 'EDUCACIÓN', 'Universidad de Lima', 'Licenciatura en Economía, 2020 – 2024',
      'HABILIDADES', 'Excel, SQL, Python', 'PROYECTOS', 'Análisis de precios de vivienda',
    ), '2024-06');
    expect(s.totalMonths).toBe(0);
    expect(s.education.map((e) => e.level)).toEqual(['bachelor']);
  });

  it('knows nothing when no heading is read', () => {
    const s = analyzeStructure(lines('Lucía Gómez', 'Me gusta aprender', 'Excel, SQL, Python'), '2024-06');
    expect(s.totalMonths).toBeNull();
  });

  it('reads a Praktikant, a Stagiaire and a Practicante as internships', () => {
    for (const title of ['Praktikant Softwareentwicklung', 'Stagiaire Développeur', 'Practicante de Desarrollo', 'Estagiário de TI']) {
      const s = analyzeStructure(lines('Jan Weber', 'Berufserfahrung', 'Acme GmbH', `${title}   01/2023 – 06/2023`, 'Ausbildung', 'Bachelor of Science Informatik, 2024'), '2024-06');
      expect(s.internshipMonths, title).toBe(6);
      expect(s.totalMonths, title).toBe(0);
    }
  });

  it('reads an open end written in the other languages', () => {
    const s = analyzeStructure(lines('Jan Weber', 'Berufserfahrung', 'Acme GmbH', 'Software Engineer   03/2022 – heute'), '2024-02');
    expect(s.totalMonths).toBe(24);
  });
});

describe('dates written in Spanish, Portuguese, French and German', () => {
  const spans = (text: string): string[] => findDateRanges(text, '2024-06').map((r) => `${r.start}..${r.end}`);
  it.each([
    ['Marzo 2020 – Actualidad', '2020-03..2024-06'],
    ['Mayo 2010 - Diciembre 2012', '2010-05..2012-12'],
    ['março de 2019 - atual', '2019-03..2024-06'],
    ['setembro de 2018 – outubro de 2019', '2018-09..2019-10'],
    ['Juin 2018 – Juillet 2019', '2018-06..2019-07'],
    ['Mai 2019 - Août 2020', '2019-05..2020-08'],
    ['März 2017 – heute', '2017-03..2024-06'],
    ['Dez. 2020 – Okt. 2021', '2020-12..2021-10'],
  ])('%s → %s', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it('reads no month from English words that abbreviate one elsewhere', () => {
    expect(spans('set 2019')).toEqual([]);
    expect(spans('out 2019 - 2020')).toEqual(['2019-01..2020-12']);
  });

  it('counts the months of a Spanish resume', () => {
    const s = analyzeStructure(lines(
      'María López', 'EXPERIENCIA LABORAL', 'Desarrolladora Backend | Acme S.A.', 'Marzo 2020 – Actualidad',
      'Analista de Datos   Ene 2018 – Feb 2020', 'Banco Sol', 'EDUCACIÓN', 'Licenciatura en Informática, Universidad de Buenos Aires, 2017',
    ), '2024-06');
    expect(s.totalMonths).toBe(52 + 26);
    expect(s.education).toEqual([{ level: 'bachelor', field: 'Informática', institution: 'Universidad de Buenos Aires' }]);
  });
});

describe('degrees in Spanish, Portuguese, French and German', () => {
  it.each([
    ['Licenciatura en Administración de Empresas', 'bachelor'],
    ['Grado en Ingeniería Informática', 'bachelor'],
    ['Licenciado en Derecho', 'bachelor'],
    ['Ingeniería de Sistemas, 10mo ciclo', 'bachelor'],
    ['Ingeniero Industrial', 'bachelor'],
    ['Bacharelado em Ciência da Computação', 'bachelor'],
    ['Graduação em Administração', 'bachelor'],
    ['Licence professionnelle Métiers du numérique', 'bachelor'],
    ['Maestría en Finanzas', 'master'],
    ['Máster Universitario en Ciencia de Datos', 'master'],
    ['Magíster en Microbiología', 'master'],
    ['Mestrado em Engenharia Elétrica', 'master'],
    ["Diplôme d'ingénieur, Informatique", 'master'],
    ['Diplom-Kaufmann', 'master'],
    ['Doctorado en Química', 'phd'],
    ['Doutorado em Física', 'phd'],
    ['Doctorat en Biologie', 'phd'],
    ['Técnico Superior en Desarrollo de Aplicaciones Web', 'associate'],
    ['Tecnólogo em Análise de Sistemas', 'associate'],
    ['BTS Services informatiques aux organisations', 'associate'],
    ['Bachillerato en Ciencias', 'high_school'],
    ['Ensino Médio', 'high_school'],
    ['Baccalauréat scientifique', 'high_school'],
    ['Abitur', 'high_school'],
  ])('%s → %s', (degree, level) => {
    expect(levelIn('Educación', degree, 'Universidad Nacional, 2019')).toBe(level);
  });

  it('reads the unmistakable ones outside an education section', () => {
    expect(levelIn('Ana Pérez', 'Licenciatura en Economía, Universidad de Chile')).toBe('bachelor');
    expect(levelIn('Ana Pérez', 'Maestría en Finanzas')).toBe('master');
    expect(levelIn('Ana Pérez', 'Doctorado en Química')).toBe('phd');
  });

  it('does not read a faculty, a driving licence, a job or an English baccalaureate as those degrees', () => {
    expect(levelIn('Educación', 'Facultad de Ingeniería, Universidad Nacional')).toBe('none');
    expect(levelIn('Education', 'Full UK driving licence')).toBe('none');
    expect(levelIn('Education', 'Licence de conduire B')).toBe('none');
    expect(levelIn('Experiencia', 'Ingeniero de Software en Acme')).toBe('none');
    expect(levelIn('Experience', 'Taught Bachillerato students physics')).toBe('none');
    expect(levelIn('Experience', 'Técnico de soporte en Acme')).toBe('none');
    expect(levelIn('Education', 'Baccalaureate in Nursing')).not.toBe('high_school');
  });
});
