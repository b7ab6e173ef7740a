import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import { fillTemplate } from '../src/core/template.js';
import en from '../src/locales/en.js';
import type { OnwardFeedbackRequest } from '../src/components/feedback-request/feedback-request.js';
import type { OnwardLearningPlan } from '../src/components/learning-plan/learning-plan.js';
import { elementSpecs } from './element-specs.js';
import { itWithCdp, typeDate } from './helpers/browser.js';
import { buttonNamed, fieldByLabel, settle } from './helpers/fields.js';

// What a screen reader gets, read from the tree Chromium builds for it (CDP `Accessibility.getFullAXTree`, shadow roots
// flattened in): not the DOM, which can look right while the tree says otherwise. Firefox has no CDP here, so these are
// skipped there, with the reason in the title.

interface AxNode {
  role: string;
  name: string;
  description: string;
  level?: number;
  required?: boolean;
  invalid?: string;
  /** A part of a native control (a date field's Month, its picker button): the browser's, not the kit's. */
  native: boolean;
}

const axTree = async (): Promise<AxNode[]> =>
  (await executeServerCommand<{ nodes: AxNode[] | null }, undefined>('onward-ax-tree')).nodes ?? [];

/** Things a screen-reader user tabs to or lists by name. */
const CONTROL_ROLES = new Set([
  'button',
  'textbox',
  'checkbox',
  'radio',
  'combobox',
  'Date',
  'spinbutton',
  'searchbox',
  'slider'
]);
/** Landmark roles; `region` and `form` only count with a name, as screen readers list them. */
const LANDMARK_ROLES = new Set(['banner', 'complementary', 'contentinfo', 'main', 'navigation', 'search']);
const isLandmark = (node: AxNode) =>
  LANDMARK_ROLES.has(node.role) || ((node.role === 'region' || node.role === 'form') && node.name !== '');

const controls = (nodes: AxNode[]) => nodes.filter((node) => CONTROL_ROLES.has(node.role) && !node.native);
const headings = (nodes: AxNode[]) => nodes.filter((node) => node.role === 'heading');

/** Names used by more than one button or field, with how many share each. */
function sharedNames(nodes: AxNode[]): string[] {
  const counts = new Map<string, number>();
  for (const node of controls(nodes))
    counts.set(`${node.role}: ${node.name}`, (counts.get(`${node.role}: ${node.name}`) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([name, count]) => `${name} (×${count})`);
}

function expectSound(nodes: AxNode[], what: string): void {
  expect(
    controls(nodes).filter((node) => node.name.trim() === ''),
    `${what}: buttons and fields without a name`
  ).to.deep.equal([]);
  expect(sharedNames(nodes), `${what}: buttons and fields sharing a name`).to.deep.equal([]);
  expect(headings(nodes).length, `${what}: has a heading`).to.be.greaterThan(0);
  expect(nodes.filter(isLandmark).length, `${what}: landmarks`).to.be.at.most(1);
  for (const node of nodes.filter((item) => item.invalid === 'true')) {
    expect(node.description, `${what}: invalid "${node.name}" has its error as description`).not.to.equal('');
  }
}

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

async function openEveryTool(path: Updatable): Promise<Updatable[]> {
  for (const toggle of path.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]'))
    toggle.click();
  await settle(path);
  // The tools themselves, not the small actions for the week under each.
  const tools = [...path.shadowRoot!.querySelectorAll<Updatable>('[part~="panel"] > *')].filter((tool) =>
    tool.localName.startsWith('onward-')
  );
  await Promise.all(tools.map((tool) => tool.updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return tools;
}

describe('the accessibility tree (Chromium, over CDP)', () => {
  afterEach(() => localStorage.clear());

  for (const [tag, spec] of Object.entries(elementSpecs)) {
    itWithCdp(
      'Accessibility.getFullAXTree',
      `<${tag}>: every button and field has a name of its own, it has a heading, invalid fields say why, at most one landmark`,
      async () => {
        const element = await fixture<Updatable>(spec.full());
        await settle(element);
        expectSound(await axTree(), `<${tag}>`);
      }
    );
  }

  itWithCdp(
    'Accessibility.getFullAXTree',
    'the path with every tool open: one landmark, a heading per tool at the level the path passes down, names that say which',
    async () => {
      const path = await fixture<Updatable>(html`<onward-recovery-path
      persist="none"
      candidate-name="Sam Rivera"
      recipient-name="Maya Chen"
      recipient-email="maya.chen@example.com"
      company="Larkspur Health"
      job-title="Product Designer"
      interview-date="2026-11-18"
      stage="final"
      applicants="214"
      interviewed="6"
    ></onward-recovery-path>`);
      await settle(path);
      const tools = await openEveryTool(path);
      expect(tools.map((tool) => tool.localName)).to.deep.equal([
        'onward-interview-odds',
        'onward-feedback-request',
        'onward-similar-roles',
        'onward-learning-plan',
        'onward-strengths'
      ]);
      const nodes = await axTree();
      expectSound(nodes, 'the path');
      expect(nodes.filter(isLandmark).map((node) => `${node.role}: ${node.name}`)).to.deep.equal([
        'region: Your way forward'
      ]);
      const outline = headings(nodes).map((node) => `h${node.level} ${node.name}`);
      // The path h2, a card h3 per step, each tool's own heading h4 under its card, and the tools' inner headings h5.
      expect(outline.filter((line) => line.startsWith('h2 '))).to.deep.equal(['h2 Your way forward']);
      expect(outline.filter((line) => line.startsWith('h3 '))).to.have.length(5);
      expect(outline.filter((line) => line.startsWith('h4 '))).to.have.members([
        'h4 You got further than most',
        `h4 ${en['feedbackRequest.heading']}`,
        'h4 Roles like Product Designer',
        `h4 ${en['learningPlan.heading']}`,
        `h4 ${en['strengths.heading']}`
      ]);
      // The feedback tool opens on its note: a labelled text box, with no inner heading of its own.
      expect(controls(nodes).some((node) => node.role === 'textbox' && node.name === en['feedbackRequest.field.body']))
        .to.be.true;
      expect(outline).to.include(`h5 ${en['learningPlan.formHeading']}`);
      // Five "Mark as done" buttons, each naming its step; both Copy buttons say what they copy.
      const buttons = controls(nodes)
        .filter((node) => node.role === 'button')
        .map((node) => node.name);
      expect(buttons.filter((name) => name.startsWith(en['stepCard.markDone']))).to.deep.equal(
        ['interview', 'feedback', 'search', 'learn', 'believe'].map((step) =>
          en['stepCard.markDoneLabel'].replace('{heading}', en[`stepCard.${step}.heading` as keyof typeof en] as string)
        )
      );
      expect(buttons).to.include.members([en['feedbackRequest.copyLabel']]);
      // Copy is described by the meter, so "is it ready?" is heard with it.
      const copy = controls(nodes).find((node) => node.name === en['feedbackRequest.copyLabel'])!;
      expect(copy.description).to.match(/words/);
      // Required fields are marked required; the progress count is read once, as the bar's name.
      const skill = controls(nodes).find((node) => node.name === en['learningPlan.skillLabel'])!;
      expect(skill.required).to.be.true;
      const progressName = nodes.find((node) => node.role === 'progressbar')!.name;
      expect(nodes.filter((node) => node.role === 'StaticText' && node.name === progressName)).to.have.length(0);
    }
  );

  itWithCdp(
    'Accessibility.getFullAXTree',
    'a learning plan being edited: the edit form is a named group, and its fields name the goal',
    async () => {
      const plan = await fixture<OnwardLearningPlan>(
        html`<onward-learning-plan persist="none"></onward-learning-plan>`
      );
      await settle(plan);
      for (const skill of ['Figma prototyping', 'SQL joins']) {
        const field = fieldByLabel(plan, en['learningPlan.skillLabel']);
        field.value = skill;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        buttonNamed(plan, en['learningPlan.add']).click();
        await settle(plan);
      }
      buttonNamed(plan, 'Edit Figma prototyping').click();
      await settle(plan);
      const nodes = await axTree();
      expectSound(nodes, 'the plan being edited');
      expect(nodes.some((node) => node.role === 'group' && node.name === 'Edit Figma prototyping')).to.be.true;
      const names = controls(nodes).map((node) => node.name);
      expect(names).to.include.members([
        en['learningPlan.skillLabel'],
        `${en['learningPlan.skillLabel']} (editing Figma prototyping)`,
        `${en['learningPlan.resourceLabel']} (editing Figma prototyping)`,
        `${en['learningPlan.dateLabel']} (editing Figma prototyping)`
      ]);
      expect(
        controls(nodes).find((node) => node.name === `${en['learningPlan.skillLabel']} (editing Figma prototyping)`)!
          .required
      ).to.be.true;
    }
  );

  itWithCdp('Accessibility.getFullAXTree', 'invalid fields carry their error as their description', async () => {
    const plan = await fixture<OnwardLearningPlan>(html`<onward-learning-plan persist="none"></onward-learning-plan>`);
    await settle(plan);
    const skill = fieldByLabel(plan, en['learningPlan.skillLabel']);
    skill.value = 'Figma prototyping';
    skill.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await typeDate(fieldByLabel(plan, en['learningPlan.dateLabel']), '02/30/2027');
    buttonNamed(plan, en['learningPlan.add']).click();
    await settle(plan);
    let nodes = await axTree();
    const date = controls(nodes).find((node) => node.name === en['learningPlan.dateLabel'])!;
    expect(date.invalid).to.equal('true');
    expect(date.description).to.equal(fillTemplate(en['common.dateInvalid'], { minYear: '1900', maxYear: '2199' }));

    const request = await fixture<OnwardFeedbackRequest>(
      html`<onward-feedback-request recipient-email="maya@"></onward-feedback-request>`
    );
    await settle(request);
    await typeDate(fieldByLabel(request, en['feedbackRequest.field.interviewDate']), '02/30');
    // Leaving the field (Tab may stop on the picker button first) is what shows its error.
    fieldByLabel(request, en['feedbackRequest.field.stage']).focus();
    await settle(request);
    nodes = await axTree();
    const email = controls(nodes).find((node) => node.name === en['feedbackRequest.field.recipientEmail'])!;
    expect(email.invalid).to.equal('true');
    expect(email.description).to.equal(en['feedbackRequest.emailInvalid']);
    const interviewDate = controls(nodes).find((node) => node.name === en['feedbackRequest.field.interviewDate'])!;
    expect(interviewDate.invalid).to.equal('true');
    expect(interviewDate.description).to.equal(
      fillTemplate(en['common.dateInvalid'], { minYear: '1900', maxYear: '2199' })
    );
    // The warning sign before each error is seen, never read: no "⚠" anywhere in the tree.
    expect(nodes.filter((node) => `${node.name}${node.description}`.includes('⚠'))).to.deep.equal([]);
  });
});
