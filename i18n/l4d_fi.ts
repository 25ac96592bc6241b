<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program met an unexpected error ({kind}). Nothing was saved from the action that failed. If it happens again, tell the main administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by the main administrator. Choose your own password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your current password and choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administers users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry (FI, SE, …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 040 123 4567 or +46 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user saved this customer after you opened it. Save your version over theirs, or keep editing (your typing stays in the form)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email, phone, company or customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match the search.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in the register.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{field}: this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: contains control characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a Finnish postal code has exactly 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: unknown country code (use two letters, e.g. FI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: letter language must be fi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: at least {min} characters are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: at most {max} characters are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this password is too common or easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the password must not contain the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: use 2–64 letters, digits, dots, hyphens or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this username is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: no such record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: wrong username or password, or the account is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be changed before continuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is no longer active. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has users; the first-run setup cannot run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one active user must keep the right to administer users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed by another user after you opened it. Your changes have not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} could not be opened safely (foreign keys are off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was created by a newer version of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database {path} failed; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made or verified: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>{app} – first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. This database has no users yet. Create the main administrator (pääkäyttäjä) account: it grants the other accounts and their rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title (for letters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Managing Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>{app} – log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with the username the main administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made and verified:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} {version}
Lean 4D Oy&apos;s customer register and data subject request desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user must replace this initial password with their own at the first login. Give it to them in person, not by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title (for letters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} / {min} characters. A few unrelated words make a long password that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters: long enough. Common phrases are still refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email, phone or customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet identified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory deadline: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised in the privacy notice: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due: {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>(not yet identified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: {shown} · due within 7 days: {soon} · overdue: {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users are never deleted, so that the audit trail keeps pointing at them; a deactivated user cannot log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer log in. You can reactivate them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Access (Art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability (Art. 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification (Art. 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction (Art. 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection (Art. 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawal (Art. 7(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
