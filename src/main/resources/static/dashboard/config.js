// The channel tab's configuration page: there is nothing to choose, so it is valid at once and saves the
// dashboard's address (with ?inTeams=1, so the page signs in with Teams).
import { applyTheme, loadTeams } from './teams.js';

const status = document.getElementById('config-status');

loadTeams().then(async (teams) => {
  const context = await teams.app.getContext();
  applyTheme(context.app.theme);
  teams.app.registerOnThemeChangeHandler(applyTheme);
  const here = new URL('./', window.location.href);
  teams.pages.config.registerOnSaveHandler((save) => {
    teams.pages.config.setConfig({
      entityId: 'strategy-dashboard',
      suggestedDisplayName: 'Strategy dashboard',
      contentUrl: new URL('?inTeams=1', here).href,
      websiteUrl: here.href,
    }).then(() => save.notifySuccess(), (error) => save.notifyFailure(String(error)));
  });
  teams.pages.config.setValidityState(true);
  status.textContent = 'Select Save to add the dashboard to this channel.';
}).catch((error) => {
  status.textContent = `This page configures the Teams tab and works only inside Teams (${error.message}).`;
});
