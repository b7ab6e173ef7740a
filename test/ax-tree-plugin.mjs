import { cdpCommandPlugin } from './cdp-command.mjs';

/**
 * A test-runner command for test/accessibility-tree.test.ts: `executeServerCommand('onward-ax-tree')` answers the
 * page's whole accessibility tree as Chromium computes it for screen readers (CDP `Accessibility.getFullAXTree`, shadow
 * roots flattened in), as a flat list of the nodes that are not ignored: `{ nodes: [{ role, name, description, level,
 * required, invalid, expanded, pressed, native }] }` (`native`: a part of a native control, such as a date field's
 * Month). `{ nodes: null }` in browsers without CDP (Firefox over
 * WebDriver BiDi); a bare `null` would read as "no plugin handles this command".
 */
export function axTreePlugin() {
  return cdpCommandPlugin('onward-ax-tree', { nodes: null }, async (client) => {
    await client.send('Accessibility.enable');
    const { nodes } = await client.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    return { nodes: nodes.filter((node) => !node.ignored).map((node) => simplify(node, byId)) };
  });
}

/** Roles of native controls whose inner parts (Month, Day, Year, "Show date picker", a select's options) Chromium names. */
const NATIVE_CONTROLS = new Set(['Date', 'DateTime', 'InputTime', 'combobox', 'MenuListPopup']);

/** True for a node inside a native control: the browser's own parts, not the kit's. */
function insideNativeControl(node, byId) {
  for (let parent = byId.get(node.parentId); parent; parent = byId.get(parent.parentId)) {
    if (NATIVE_CONTROLS.has(parent.role?.value)) return true;
  }
  return false;
}

/** The parts of a CDP AXNode a screen reader speaks: role, name, description and the states the suite checks. */
function simplify(node, byId) {
  const property = (name) => node.properties?.find((item) => item.name === name)?.value?.value;
  return {
    role: node.role?.value ?? '',
    name: node.name?.value ?? '',
    description: node.description?.value ?? '',
    level: property('level'),
    required: property('required'),
    invalid: property('invalid'),
    expanded: property('expanded'),
    pressed: property('pressed'),
    native: insideNativeControl(node, byId)
  };
}
