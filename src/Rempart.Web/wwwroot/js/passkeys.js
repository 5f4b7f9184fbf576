// Passkeys (WebAuthn). A button with data-passkey="create" or "get" asks the server for options
// (data-options, a POST with the form's antiforgery token), lets the browser create or use a
// credential, then submits its form with the credential as JSON in the "Credential" field. The
// server checks everything; this script only carries messages between the browser and the server.
document.addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-passkey]');
    if (!button) return;
    event.preventDefault();
    const form = button.form;
    const status = form.querySelector('[data-passkey-status]');
    const say = (text) => { if (status) status.textContent = text; };
    if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
        say(button.dataset.unsupported);
        return;
    }
    button.disabled = true;
    say(button.dataset.working);
    try {
        const body = new FormData();
        body.append('__RequestVerificationToken', form.querySelector('input[name=__RequestVerificationToken]').value);
        const response = await fetch(button.dataset.options, { method: 'POST', body, credentials: 'same-origin' });
        if (!response.ok) throw new Error('options ' + response.status);
        const options = await response.json();
        const credential = button.dataset.passkey === 'create'
            ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
            : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
        form.querySelector('input[name=Credential]').value = JSON.stringify(credential);
        form.submit();
    } catch (error) {
        button.disabled = false;
        say(error && error.name === 'NotAllowedError' ? button.dataset.cancelled : button.dataset.failed);
    }
});
