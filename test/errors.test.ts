import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../src/index.js';
import { settleAll } from './helpers/composed.js';

// One error pattern: wherever an element cannot use what was typed, the message sits above the field, the field names
// it in `aria-describedby` and says `aria-invalid="true"`, and the sign, colour and field border are the same everywhere.

interface ErrorLook {
  sign: string;
  color: string;
  border: string;
}

/** Checks the pattern on one invalid field and returns how its error looks. */
function checkError(root: ShadowRoot, field: HTMLInputElement): ErrorLook {
  expect(field.getAttribute('aria-invalid'), 'the field says it is invalid').to.equal('true');
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/);
  const message = ids.map((id) => root.getElementById(id)).find((element) => element?.classList.contains('error'));
  expect(message, 'the field names its error message').to.exist;
  expect(message!.textContent!.trim(), 'the message says something').to.not.equal('');
  expect(message!.getBoundingClientRect().bottom, 'the message sits above the field').to.be.at.most(
    field.getBoundingClientRect().top + 0.5
  );
  const style = getComputedStyle(message!);
  const fieldStyle = getComputedStyle(field);
  return {
    sign: getComputedStyle(message!, '::before').content,
    color: style.color,
    border: `${fieldStyle.borderTopWidth} ${fieldStyle.borderTopStyle} ${fieldStyle.borderTopColor}`
  };
}

describe('one error pattern', () => {
  it('looks the same in the learning plan and the feedback request, above the field', async () => {
    localStorage.removeItem('onward:v1:learning-plan:errors');
    const plan = await fixture<HTMLElement>(
      html`<onward-learning-plan storage-key="errors" persist="none"></onward-learning-plan>`
    );
    await settleAll(plan);
    plan.shadowRoot!.querySelector<HTMLFormElement>('[part~="form"]')!.requestSubmit();
    await settleAll(plan);
    const planError = checkError(plan.shadowRoot!, plan.shadowRoot!.querySelector<HTMLInputElement>('#skill')!);

    const request = await fixture<HTMLElement>(
      html`<onward-feedback-request recipient-email="priya.raman@"></onward-feedback-request>`
    );
    await settleAll(request);
    const requestError = checkError(
      request.shadowRoot!,
      request.shadowRoot!.querySelector<HTMLInputElement>('#field-recipientEmail')!
    );

    expect(requestError).to.deep.equal(planError);
    expect(planError.sign).to.include('⚠');
    expect(planError.border).to.match(/^2px solid /);
    expect(planError.border, 'the field border has the error colour').to.include(planError.color);
  });
});
