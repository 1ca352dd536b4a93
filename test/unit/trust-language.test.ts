import { describe, expect, it } from 'vitest';
import type { Document, ResumeProfile } from '../../src/types.js';
import { assessResume } from '../../src/trust/index.js';

const doc = (...texts: string[]): Document => ({
  source: 'cv.pdf',
  format: 'pdf',
  lines: texts.map((text, i) => ({ n: i + 1, page: 1, text })),
  hidden: [],
  warnings: [],
});

const profile: ResumeProfile = {
  schemaVersion: 1,
  source: 'cv.pdf',
  format: 'pdf',
  name: null,
  skills: [],
  experience: { totalMonths: 24, positions: [{ title: 'x', organization: 'y', start: '2020-01', end: '2021-12', months: 24 }, { title: 'x', organization: 'y', start: '2018-01', end: '2019-12', months: 24 }] },
  education: [],
  warnings: [],
};

const languageOf = (d: Document, expectedLanguage?: string) =>
  assessResume(d, profile, expectedLanguage ? { expectedLanguage } : {}).filter((w) => w.code === 'LANGUAGE');

const english = doc(
  'EXPERIENCE',
  'Led the migration of the billing platform to a new event-driven design, working with product and finance.',
  'Mentored four junior engineers and ran the weekly design review for the payments group.',
  'Reduced the monthly close from eight days to five by automating the reconciliation reports.',
  'SKILLS',
  'Python, Go, Kafka, PostgreSQL, Docker, Kubernetes, Terraform, AWS',
);

const spanish = doc(
  'EXPERIENCIA',
  'Desarrollo de consultas y reportes para el área de finanzas de la empresa, con atención al usuario final.',
  'Persona amable con iniciativa propia, me caracterizo por ser hábil y con capacidad para aceptar nuevos retos.',
  'Soporte funcional a los usuarios y diseño de la página web de la compañía durante dos años.',
);

const chinese = doc(
  '教育背景',
  '2013 年 – 2017 年 上海交通大学 计算机科学与技术 学士',
  '工作经历',
  '负责公司后端服务的设计与开发，使用 Go 和 Python 实现高并发的数据处理系统',
  '优化了数据库查询性能，将接口平均响应时间降低了百分之四十',
  '参与开源项目的维护工作，修复了多个重要的缺陷并撰写了技术文档',
  'John Doe and Author 1. Title. Publisher, edition, year.',
);

describe('language', () => {
  it('says nothing about an English resume with an English expectation', () => {
    expect(languageOf(english)).toEqual([]);
  });

  it('names the language of a Spanish resume', () => {
    const [warning] = languageOf(spanish);
    expect(warning?.message).toContain('Spanish');
  });

  it('reads a Chinese resume as Chinese despite English names and titles in it', () => {
    const [warning] = languageOf(chinese);
    expect(warning?.message).toContain('Chinese');
  });

  it('follows the expected language', () => {
    expect(languageOf(spanish, 'spa')).toEqual([]);
    expect(languageOf(english, 'spa').map((w) => w.code)).toEqual(['LANGUAGE']);
  });

  it('says nothing when there is too little prose to tell', () => {
    expect(languageOf(doc('Jane Smith', 'SKILLS', 'Python, Go, SQL', 'Berlin'))).toEqual([]);
  });

  it('ignores skills lists: a list of tech terms does not make a resume foreign', () => {
    const listy = doc(...english.lines.map((l) => l.text), 'SKILLS', 'Kubernetes Terraform Ansible Grafana Prometheus Elasticsearch Logstash Kibana Jenkins Nginx');
    expect(languageOf(listy)).toEqual([]);
  });

  it('does not name a language for lorem ipsum filler', () => {
    const lorem = doc(
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Duis ullamcorper neque sit amet lectus facilisis sed luctus nisl.',
      'Vivamus at neque arcu, sed tempor quam. Curabitur pharetra tincidunt tincidunt. Morbi volutpat feugiat mauris.',
      'Suspendisse commodo, massa eu congue tincidunt, elit mauris pellentesque orci, cursus tempor odio nisl euismod augue.',
    );
    expect(languageOf(lorem)).toEqual([]);
  });
});
