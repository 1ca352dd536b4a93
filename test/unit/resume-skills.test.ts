/**
 * Resume skills on made-up text, with the built-in taxonomy: one block per class of miss in
 * issue 18 (skills lists, the long tail, skills shown in prose, variants, false matches).
 */
import { describe, expect, it } from 'vitest';
import { createSkillFinder } from '../../src/match/index.js';
import { impliedSkills, loadTaxonomy, lookupSkill } from '../../src/taxonomy/index.js';
import { readMadeUp as read, skillsOf, conceptsOf } from '../helpers/made-up-resume.js';

const taxonomy = loadTaxonomy();
const findSkills = createSkillFinder(taxonomy);


const HEAD = 'Jane Doe\njane.doe@example.com\n\nEXPERIENCE\nSoftware Engineer, Acme Corp, Boston, MA\nJan 2019 - Present\n';

describe('skills lists: one item per line', () => {
  it('reads names that are also English words or surnames, one per line of a skills section', () => {
    const p = read(`${HEAD}- Wrote services\n\nSKILLS\nJenkins\nGroovy\nGit\nChef\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Jenkins', 'Groovy', 'Git', 'Chef']));
  });

  it('reads them as it reads the same names comma-separated', () => {
    const p = read(`${HEAD}- Wrote services\n\nSKILLS\nJenkins, Groovy, Git, Chef\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Jenkins', 'Groovy', 'Git', 'Chef']));
  });

  it('reads no item out of prose or sub-headings inside a skills section', () => {
    const p = read(`${HEAD}- Wrote services\n\nSKILLS\nExcel (Less than 1 year), Word (Less than 1 year)\nPROGRAMMING\nPresented on power training for athletes, Spring 2014\n`);
    expect(skillsOf(p)).not.toContain('Less');
    expect(skillsOf(p)).not.toContain('Spring');
    expect(skillsOf(p)).not.toContain('Software Development');
  });

  it('leaves the same words alone in a position\'s prose without technical company', () => {
    const p = read(`${HEAD}- Worked as a chef with Mr Jenkins on groovy menus\n`);
    expect(skillsOf(p)).not.toEqual(expect.arrayContaining(['Chef']));
    expect(skillsOf(p)).not.toContain('Jenkins');
    expect(skillsOf(p)).not.toContain('Groovy');
  });
});

describe('the long tail: products only the open vocabularies name', () => {
  it('reads products absent from the curated list (Stack Overflow tags resumes write)', () => {
    const p = read(`${HEAD}- Wrote services\n\nSKILLS\nCitrix\nServiceNow\nLodash\nQuickBooks\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Citrix', 'ServiceNow', 'Lodash', 'QuickBooks']));
  });

  it('does not read people, places or abbreviations of prose as products', () => {
    const p = read(`${HEAD}- Moved to New Orleans with James in Apr 2019; wrote to jane@gmail.com\n`);
    expect(skillsOf(p)).toEqual([]);
    for (const word of ['James', 'Orleans', 'Gmail', 'APR', 'Apr']) expect(conceptsOf(p)).not.toContain(word);
  });
});

describe('skills shown in prose', () => {
  it('counts fields of data work and ways of working named in a position', () => {
    const p = read(`${HEAD}- Led the migration to event-driven microservices\n- Built machine learning models for fraud detection\n- Formed a scrum team of five engineers\n- Secured the API with OAuth\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Microservices', 'Machine Learning', 'Scrum', 'OAuth']));
  });

  it('keeps plain topics, words met by their stem and the same words outside positions as concepts', () => {
    const p = read(`${HEAD}- Automated the documentation of caching\n\nSUMMARY\nInterested in machine learning\n`);
    expect(skillsOf(p)).not.toContain('Automation');
    expect(skillsOf(p)).not.toContain('Documentation');
    expect(skillsOf(p)).not.toContain('Caching');
    const summaryOnly = read('Jane Doe\n\nSUMMARY\nPassionate about machine learning and scrum\n');
    expect(skillsOf(summaryOnly)).not.toContain('Machine Learning');
  });
});

describe('variants', () => {
  it('a product implies its platform', () => {
    const p = read(`${HEAD}- Deployed on GKE and Compute Engine\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Google Kubernetes Engine', 'Google Compute Engine']));
    expect(impliedSkills(taxonomy, 'Google Compute Engine')).toContain('Google Cloud Platform');
    expect(impliedSkills(taxonomy, 'GKE')).toContain('Google Cloud Platform');
  });

  it('"Compute Engine" is not Computer engineering by stem', () => {
    const p = read(`${HEAD}- Ran batch jobs on Compute Engine\n`);
    expect([...skillsOf(p), ...conceptsOf(p)]).not.toContain('Computer engineering');
  });
});

describe('false matches', () => {
  it('a power distribution system is not Distributed Systems, a distributed system is', () => {
    expect(findSkills('Designed a power management/distribution system for the plant').map((h) => h.skill)).not.toContain('Distributed Systems');
    expect(findSkills('Designed distributed systems for payments').map((h) => h.skill)).toContain('Distributed Systems');
  });

  it('"orchestrated a migration" is a verb, container orchestration the practice', () => {
    expect(findSkills('Orchestrated a migration of the billing system').map((h) => h.skill)).not.toContain('Orchestration');
    expect(findSkills('Container orchestration with Kubernetes').map((h) => h.skill)).toContain('Orchestration');
  });

  it('a node of a network or a graph is not Node.js; Node listed beside React is', () => {
    expect(findSkills('Supported 250 client node Windows NT environment with Active Directory').map((h) => h.skill)).not.toContain('Node.js');
    expect(findSkills('Worked with graph (node and edge) data in Neo4j and Python').map((h) => h.skill)).not.toContain('Node.js');
    expect(findSkills('Bower, Grunt, Npm, Node, JSON, Jenkins').map((h) => h.skill)).toContain('Node.js');
  });

  it('writing code or a lease is no Written Skills; "writing skills" are', () => {
    expect(findSkills('Writing well tested, robust code in C++ and Python').map((h) => h.skill)).not.toContain('Written Skills');
    expect(findSkills('Excel, writing leases, QuickBooks').map((h) => h.skill)).not.toContain('Written Skills');
    expect(findSkills('Strong writing skills and SQL').map((h) => h.skill)).toContain('Written Skills');
  });

  it('EDA names no skill: exploratory data analysis, electronic design automation or event-driven architecture', () => {
    expect(findSkills('Python, Pandas, EDA, Tableau, SQL').map((h) => h.skill)).not.toContain('Event-Driven Architecture');
    expect(findSkills('Designed event-driven architecture with Kafka').map((h) => h.skill)).toContain('Event-Driven Architecture');
  });

  it('OSHA 30 is not OSHA 10, and shows it (the 30-hour course holds the 10-hour one)', () => {
    expect(findSkills('Certifications: OSHA 30').map((h) => h.skill)).toEqual(['OSHA 30']);
    expect(impliedSkills(taxonomy, 'OSHA 30')).toContain('OSHA 10');
    expect(impliedSkills(taxonomy, 'OSHA 10')).not.toContain('OSHA 30');
  });

  it('the P4 protocol is not Perforce; P4 beside Git is', () => {
    expect(findSkills('Programmed switches in the P4 protocol with Python').map((h) => h.skill)).not.toContain('Perforce');
    expect(findSkills('Version control: Git, P4, SVN').map((h) => h.skill)).toContain('Perforce');
  });

  it('an acronym in brackets after the words it abbreviates is those words', () => {
    expect(findSkills('Media relations for the Department of Watershed Management (DWM) with SQL').map((h) => h.skill)).not.toContain('DWM');
    expect(findSkills('Deployed on Amazon Web Services (AWS)').map((h) => h.surface)).toContain('AWS');
    expect(findSkills('Built apps in Python, SQL and DWM').map((h) => h.skill)).toContain('DWM');
  });

  it('NoSQL and relational databases are not related to each other', () => {
    expect(lookupSkill(taxonomy, 'NoSQL')!.related).not.toContain('Relational Databases');
    expect(lookupSkill(taxonomy, 'Relational Databases')!.related).not.toContain('NoSQL');
  });
});

describe('variants: long names misspelt by one edit', () => {
  it('reads a long product name with one letter wrong, left out or swapped', () => {
    expect(findSkills('Ran Kubernets clusters and Elasticsearh indexes').map((h) => h.skill)).toEqual(expect.arrayContaining(['Kubernetes', 'Elasticsearch']));
    expect(findSkills('Kubernetes, Terrafrom, Jenkins').map((h) => h.skill)).toContain('Terraform');
  });

  it('never reads short names, lower-case words, plurals or English neighbours as misspellings', () => {
    expect(findSkills('Wrote Jave and Pyton scripts').map((h) => h.skill)).toEqual([]);
    expect(findSkills('made an incision; studied mathematic').map((h) => h.skill)).toEqual([]);
    expect(findSkills('Built Informatics dashboards').map((h) => h.skill)).not.toContain('Informatica');
    expect(findSkills('Wrote Schedulers for the jobs').map((h) => h.skill)).toEqual([]);
  });
});

describe('false matches: a competitor names its own feature', () => {
  it('reads "New Relic APM" as New Relic, not Elastic APM', () => {
    const p = read(`${HEAD}- Traced requests with New Relic APM and Grafana dashboards\n`);
    expect(skillsOf(p)).toContain('New Relic');
    expect([...skillsOf(p), ...conceptsOf(p)]).not.toContain('Elastic APM');
  });

  it('reads the kind spelt out after a rival in the same sentence as the rival\'s, and kept beside the product itself', () => {
    expect(skillsOf(read(`${HEAD}- Utilized AppDynamics for application performance monitoring.\n`))).not.toContain('Elastic APM');
    expect(skillsOf(read(`${HEAD}- Set up application performance monitoring with Elastic APM\n`))).toContain('Elastic APM');
    expect(skillsOf(read(`${HEAD}\nSKILLS\nAPM tools AppDynamics, New Relic, Dynatrace\n`))).not.toContain('Elastic APM');
  });

  it('keeps a platform\'s own products written after it ("AWS RDS", "ECS Lambda S3")', () => {
    const p = read(`${HEAD}- Moved the billing database to AWS RDS\n\nSKILLS\ngRPC AWS ECS Lambda S3\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Amazon RDS', 'AWS Lambda', 'Amazon S3']));
  });

  it('keeps a product named after a rival in a list without commas ("Pusher RabbitMQ Kafka")', () => {
    const p = read(`${HEAD}- Queued jobs with messaging tools (Pusher RabbitMQ Kafka)\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['RabbitMQ', 'Apache Kafka']));
  });

  it('keeps the product when it stands alone or after a word that is not a rival product', () => {
    const p = read(`${HEAD}\nSKILLS\nElastic APM, Kibana, Logstash\n`);
    expect(skillsOf(p)).toContain('Elastic APM');
  });
});

describe('false matches: an account is not a skill', () => {
  it('reads no GitHub or Skype out of a profile address, a handle or a count of stars', () => {
    const p = read(`${HEAD}- Wrote a CLI for PR workflows with 2.5K GitHub stars\n\nPROFILES\nGithub:// janedoe\nskype: my-skype-id\n`);
    expect(skillsOf(p)).not.toContain('GitHub');
    expect(skillsOf(p)).not.toContain('Skype');
  });

  it('still reads them named as tools, and a product before a list of its parts', () => {
    const p = read(`${HEAD}- Reviewed pull requests on GitHub and ran calls over Skype\n\nSKILLS\nDocker: docker-compose\nPython: pandas\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['GitHub', 'Docker', 'Python']));
  });
});

describe('false matches: a unit worked with, a degree', () => {
  it('reads no Accounting, Marketing or Nursing out of the departments someone worked with', () => {
    const p = read(`${HEAD}- Coordinated 401(k) payments with the Accounting department\n- Shared weekly figures with the sales and marketing teams\n- Cut contract labor costs for nursing staff\n`);
    expect(skillsOf(p)).not.toContain('Accounting');
    expect(skillsOf(p)).not.toContain('Marketing');
    expect(skillsOf(p)).not.toContain('Nursing');
  });

  it('still reads the function when the candidate does it or leads it', () => {
    const p = read(`${HEAD}- Led the marketing team through two product launches\n\nSKILLS\nAccounting, Marketing, Payroll\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Accounting', 'Marketing', 'Payroll']));
  });

  it('reads a nursing degree as education, not as a skill, and keeps the nursing it shows', () => {
    const p = read(`Jane Doe\n\nEDUCATION\nBSN, South University, 2015\n\nSKILLS\nNursing, Patient Care\n`);
    expect(skillsOf(p)).not.toContain('Bachelor of Science in Nursing');
    expect(skillsOf(p)).toContain('Nursing');
    expect(p.education.map((e) => e.level)).toContain('bachelor');
  });
});

describe('skills shown in prose: the name by its initials or its words inflected', () => {
  it('reads IoT, a microservice and RESTful APIs named in a position as claims', () => {
    const p = read(`${HEAD}- Built a garbage-level monitoring system on IoT sensors\n- Created a microservice for survey data\n- Created RESTful apis for the mobile app\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Internet of Things', 'Microservices', 'REST APIs']));
  });

  it('keeps a job title, lower-case letters and a loose alias as concepts', () => {
    const p = read(`Jane Doe\n\nEXPERIENCE\nData Engineer, Acme Corp, Boston, MA\nJan 2019 - Present\n- Moved the iot of the plant to new racks\n- Built dashboards for the sales team\n`);
    expect(skillsOf(p)).not.toContain('Data Engineering');
    expect(skillsOf(p)).not.toContain('Internet of Things');
    expect(skillsOf(p)).not.toContain('Data Visualization');
  });
});

describe('skills stated as the candidate\'s own in a sentence', () => {
  it('reads concepts after "expert in", "experienced in", "in-depth knowledge of" as claims', () => {
    const p = read(`Jane Doe\n\nSUMMARY\nBackend engineer. Expert in containerization and experienced in project management.\nSales leader with in-depth knowledge of account management\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Containerization', 'Project Management', 'Account Management']));
  });

  it('reads soft skills and fields after "skills including", however plain their words', () => {
    const p = read(`Jane Doe\n\nSUMMARY\nRegistered nurse with skills including communication, patient safety and medical asepsis\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Communication', 'Patient Safety']));
    expect(skillsOf(read(`${HEAD}- Managed production events for the server team\n`))).toEqual([]);
  });

  it('leaves a concept met in plain prose, hedged, or after the cue\'s sentence has ended', () => {
    const p = read(`Jane Doe\n\nSUMMARY\nFamiliar with containerization. Expert in Java. Improved project management for the team.\n`);
    expect(skillsOf(p)).not.toContain('Containerization');
    expect(skillsOf(p)).not.toContain('Project Management');
    expect(skillsOf(p)).toContain('Java');
  });
});

describe('false matches: a word of a trade, a place or another product of the vendor', () => {
  it('reads no Chef tool out of a cook\'s title beside kitchen words, but Chef beside Terraform', () => {
    expect(skillsOf(read(`${HEAD}- Food Prep Chef, then Catering Manager/Executive Chef\n`))).not.toContain('Chef');
    expect(skillsOf(read(`${HEAD}- Provisioned servers with Chef and Terraform\n`))).toContain('Chef');
  });

  it('keeps every anchor in a posting\'s clause, read with the whole posting behind it', () => {
    const inPosting = createSkillFinder(taxonomy, { posting: true });
    expect(inPosting('Familiarity with reporting concepts and design Exposure to Scala beneficial').map((h) => h.skill)).toContain('Scala');
  });

  it('reads two products named side by side as each other\'s context ("Meteor and React")', () => {
    expect(skillsOf(read(`${HEAD}- Invented a classroom app using Meteor and React\n`))).toEqual(expect.arrayContaining(['Meteor', 'React']));
  });

  it('reads no JAX-RS (Jersey) or Kong out of New Jersey and Hong Kong, but Jersey in a list of Java libraries', () => {
    const p = read(`${HEAD}- Sold medical devices across Pennsylvania, New Jersey and Delaware\n- Sourced from vendors in Hong Kong and Vietnam\n`);
    expect(skillsOf(p)).not.toContain('JAX-RS');
    expect(skillsOf(p)).not.toContain('Kong');
    // Jersey, JAX-RS's implementation, is named as the list writes it; the taxonomy's name stays for matching.
    const jersey = read(`${HEAD}\nSKILLS\nJava, Spring Boot, Jersey, Hibernate\n`).skills.find((s) => s.name === 'Jersey');
    expect(jersey?.taxonomyName).toBe('JAX-RS');
  });

  it('reads no Oracle Database out of Oracle ERP or Oracle Business Intelligence, but Oracle 11g and Oracle beside MySQL', () => {
    const p = read(`${HEAD}- Built dashboards with Oracle Business Intelligence tools\n- Moved finance onto Oracle ERP\n`);
    expect(skillsOf(p)).not.toContain('Oracle Database');
    expect(skillsOf(read(`${HEAD}- Tuned queries on Oracle 11g and PostgreSQL\n`))).toContain('Oracle Database');
    expect(skillsOf(read(`${HEAD}\nSKILLS\nOracle MySQL PostgreSQL\n`))).toContain('Oracle Database');
  });
});

describe('a credential not yet held', () => {
  it('reads "CPA Candidate" and "pursuing the PMP" as hedged, not claimed', () => {
    const p = read(`${HEAD}- Closed the books monthly\n\nCERTIFICATIONS\nCPA Candidate\nPursuing the PMP certification\n`);
    expect(skillsOf(p)).not.toContain('Certified Public Accountant');
    expect(skillsOf(p)).not.toContain('PMP');
  });

  it('reads a held credential, and a product before "candidate", as claimed', () => {
    const p = read(`${HEAD}- Built Java candidate screening tools\n\nCERTIFICATIONS\nCertified Public Accountant (CPA), 2015\nPMP certified, 2019\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Certified Public Accountant', 'PMP', 'Java']));
  });
});

describe('skills shown in prose: a sentence wrapped onto the next line', () => {
  it('reads a name that needs its neighbour when the neighbour ends the line before', () => {
    const p = read(`${HEAD}- Built a classroom tool using Node.js\nand React\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Node.js', 'React']));
  });

  it('does not read it when the line before closed its sentence', () => {
    const p = read(`${HEAD}- Built a classroom tool using Meteor.\nreact to feedback from teachers\n`);
    expect(skillsOf(p)).not.toContain('React');
  });

  it('does not read it without a product at the end of the line before', () => {
    const p = read(`${HEAD}- Helped the students learn to listen\nand React with patience\n`);
    expect(skillsOf(p)).not.toContain('React');
  });
});

describe("false matches: an engineer's product written as a word, in a non-engineer's resume", () => {
  const COOK = 'Sam Rivera\nsam@example.com\n\nEXPERIENCE\nLine Cook, Blue Fin Sushi, Denver, CO\nMay 2018 - April 2019\n- Prepared rolls for the next day\n';

  it('reads no "Next" or "C" out of a cook\'s generated keyword list', () => {
    const p = read(`${COOK}\nSKILLS\nNext\nReceptionist\nAssistant Manager, delivery, direction, front office, next, C, receptionist, safety, supervisor\n`);
    expect(skillsOf(p)).not.toContain('Next.js');
    expect(skillsOf(p)).not.toContain('C');
  });

  it('reads them beside another engineer\'s product on the line, in the same resume', () => {
    const p = read(`${COOK}\nSKILLS\nPython, C, SQL\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['C', 'Python']));
  });

  it("still reads them alone on a line of an engineer's skills section", () => {
    const p = read(`${HEAD}- Wrote services\n\nSKILLS\nJava\nKotlin\nC\nNext\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['C', 'Next.js']));
  });

  it("reads no Software Development out of other trades' coding and programming", () => {
    const BILLER = 'Ann Lee\nann@example.com\n\nEXPERIENCE\nMedical Biller, Mercy Clinic, Austin, TX\nJan 2019 - Present\n';
    const p = read(`${BILLER}- Coded invoices to the general ledger and corrected coding errors\n- Planned youth programming and events\n\nSKILLS\nMedical Billing, Coding, Phlebotomy, Excel, Programming\n`);
    expect(skillsOf(p)).not.toContain('Software Development');
  });

  it("reads no Networking or Monitoring out of a salesperson's networking or a manager's monitoring", () => {
    const SELLER = 'Ann Lee\nann@example.com\n\nEXPERIENCE\nSales Representative, Acme Mortgage, Austin, TX\nJan 2019 - Present\n';
    const p = read(`${SELLER}- Grew accounts through referrals\n\nSKILLS\nMortgage loans, negotiating, networking\nRelationship building, cold calling, monitoring\n`);
    expect(skillsOf(p)).not.toContain('Networking');
    expect(skillsOf(p)).not.toContain('Monitoring');
    const q = read(`${SELLER}- Grew accounts through referrals\n\nSKILLS\nWindows Server, Active Directory, networking, monitoring\n`);
    expect(skillsOf(q)).toEqual(expect.arrayContaining(['Networking', 'Monitoring']));
  });

  it("reads it from coding beside an engineer's product, and anywhere in an engineer's resume", () => {
    const BILLER = 'Ann Lee\nann@example.com\n\nEXPERIENCE\nMedical Biller, Mercy Clinic, Austin, TX\nJan 2019 - Present\n';
    const p = read(`${BILLER}- Automated claim checks\n\nSKILLS\nMedical Billing, Excel\nPython, coding, SQL\n`);
    expect(skillsOf(p)).toContain('Software Development');
    const q = read(`${HEAD}- Led coding standards and reviews\n\nSKILLS\nJava, Kotlin, Docker, PostgreSQL\nCoding, Programming\n`);
    expect(skillsOf(q)).toContain('Software Development');
  });
});

describe("false matches: the writer's drafting is no CAD", () => {
  it('reads no CAD from drafting letters, documents or beside editing and review', () => {
    const p = read('Ann Lee\nann@example.com\n\nEXPERIENCE\nParalegal, Acme Law, Austin, TX\nJan 2019 - Present\n- Drafting cover letters; preparing motion packets\n- Drafting legal documentation for cross-border deals\n\nSKILLS\nContract negotiation/review/drafting\nDrafting, Editing, English\n');
    expect(skillsOf(p)).not.toContain('CAD');
    expect(skillsOf(p)).toContain('Contract Negotiation');
  });

  it("reads CAD from a draughtsman's drafting", () => {
    const p = read('Bo Li\nbo@example.com\n\nEXPERIENCE\nDraftsman, Acme Engineering, Austin, TX\nJan 2019 - Present\n- Drafting and detailing shop drawings for steel frames\n\nSKILLS\nDrafting, Estimating, freehand sketching\n');
    expect(skillsOf(p)).toContain('CAD');
  });
});

describe('false matches: the people of a practice, in the plural, are others', () => {
  it('reads no Case Management or Project Management from working with case managers and project managers', () => {
    const p = read('Ann Lee\nann@example.com\n\nEXPERIENCE\nRegistered Nurse, Mercy Hospital, Austin, TX\nJan 2019 - Present\n- Worked closely with physicians, case managers and project managers on discharge plans\n');
    expect(skillsOf(p)).not.toContain('Case Management');
    expect(skillsOf(p)).not.toContain('Project Management');
  });

  it('still reads the practice named in the plural, or the person in the singular', () => {
    expect(findSkills('Drove process improvements across three plants').map((h) => h.skill)).toContain('Process Improvement');
    expect(findSkills('Case Manager').map((h) => h.skill)).toContain('Case Management');
    expect(findSkills('Configured load balancers and firewalls').map((h) => h.skill)).toContain('Load Balancing');
  });
});

describe("false matches: an engineer's practice word on a line that names a field of care, law or a trade using it", () => {
  const names = (text: string) => findSkills(text).map((h) => h.skill);

  it('reads no Software Development from medical coding, nor Monitoring from patient monitoring', () => {
    expect(names('Assigned ICD-10 and CPT coding to outpatient charts, Python')).not.toContain('Software Development');
    expect(names('Telemetry, Patient Monitoring, Java')).not.toContain('Monitoring');
    expect(names('Assigned ICD-10 and CPT coding to outpatient charts, Python')).toContain('Medical Coding');
  });

  it('still reads the practice beside an engineer\'s skills, or with no other field named', () => {
    expect(names('HTML, CSS, coding, unit testing')).toContain('Software Development');
    expect(names('Grafana, Prometheus, monitoring, alerting')).toContain('Monitoring');
  });
});

describe("false matches: a draughtsman's drawing is not an artist's", () => {
  const names = (text: string) => findSkills(text).map((h) => h.skill);

  it('reads engineering, assembly and shop drawings as Technical Drawing, not Illustration nor the Assembly language', () => {
    expect(names('Prepared assembly drawings and shop drawings in AutoCAD')).toContain('Technical Drawing');
    expect(names('Prepared assembly drawings and shop drawings in AutoCAD')).not.toContain('Illustration');
    expect(names('AutoCAD, Assembly drawing, SolidWorks')).not.toContain('Assembly');
  });

  it("still reads an artist's drawing as Illustration", () => {
    expect(names('Drawing, Painting, Sketching')).toContain('Illustration');
    expect(names('Drawing, Painting, Sketching')).not.toContain('Technical Drawing');
  });
});

describe("false matches: another body's initials spelt as an engineer's product", () => {
  const names = (text: string) => findSkills(text).map((h) => h.skill);

  it('reads no Amazon Web Services from a welding society\'s certificate', () => {
    expect(names('AWS Brazing Certification')).not.toContain('Amazon Web Services');
    expect(names('SMAW and GTAW welder, AWS D1.1 certified')).not.toContain('Amazon Web Services');
  });

  it('still reads AWS beside cloud products or in a list of them', () => {
    expect(names('Deployed on AWS with Terraform and Docker')).toContain('Amazon Web Services');
    expect(names('AWS, Azure, Docker')).toContain('Amazon Web Services');
  });
});
