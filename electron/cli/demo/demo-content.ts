// Sample content for the demo vault: small but realistic controlled documents.

export const lineClearanceSopA = `# SOP-PRD-0001 Line clearance before batch start

## 1. Purpose
Make sure no materials, labels or documents of the previous batch remain on the line.

## 2. Procedure
1. Remove all materials of the previous batch from the line and the staging area.
2. Check every station against the line clearance checklist FRM-PRD-0001.
3. The operator and a second person sign the checklist.
`;

export const lineClearanceSopB = `# SOP-PRD-0001 Line clearance before batch start

## 1. Purpose
Make sure no materials, labels or documents of the previous batch remain on the line.

## 2. Procedure
1. Remove all materials of the previous batch from the line and the staging area.
2. Check every station against the line clearance checklist FRM-PRD-0001, including the reject bins.
3. The operator and a QA inspector sign the checklist.
4. QA releases the line in the batch record before the first unit is made.
`;

export const torqueWorkInstruction = `Work instruction: torque setting of the capping head

1. Set the torque controller to 2.4 N·m ± 0.1 N·m.
2. Cap ten sample bottles and measure the removal torque of each.
3. Record the values on the in-process control form.
`;

export const externalStandardNote = `ISO 9001:2015 — Quality management systems — Requirements.
Purchased copy held by the quality department. Licence: single site.
`;
