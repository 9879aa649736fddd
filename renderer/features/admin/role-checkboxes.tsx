import { roles, type Role } from '../../../shared/roles';

const roleWords: Record<Role, string> = {
  admin: 'Administrator',
  controller: 'Document controller',
  author: 'Author',
  reviewer: 'Reviewer',
  approver: 'Approver',
  reader: 'Reader',
};

/** The roles as checkboxes, named as people say them. */
export function RoleCheckboxes({ value, onChange }: { value: Role[]; onChange: (roles: Role[]) => void }) {
  return (
    <fieldset className="field">
      <legend>Roles</legend>
      <div className="check-list">
        {roles.map((role) => (
          <label key={role}>
            <input type="checkbox" name={`role-${role}`} checked={value.includes(role)} onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))} /> {roleWords[role]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
