// The official Crisp node client (`crisp-api` from npm) against the crisp-rs sandbox, for
// crisp/tests/node_client.rs. The sandbox is given by the environment:
//   CRISP_REST_HOST  http://127.0.0.1:<port> (the client adds /v1/)
//   CRISP_TIER, CRISP_IDENTIFIER, CRISP_KEY  the sandbox credentials
//   CRISP_WEBSITE_ID  the sandbox website
// Prints one JSON line per REST call, `{"call": name, "data": …}` or
// `{"call": name, "error": {reason, message, code}}`, then `{"rest": "done"}`; then binds
// `message:send` over realtime, prints `{"rtm": "bound"}`, and prints the first event
// received as `{"event": "message:send", "data": …}` and exits 0 (exit 1 after 30 s).

"use strict";

const { Crisp } = require("crisp-api");

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    console.error(`script.js: ${name} is not set`);
    process.exit(2);
  }
  return value;
};

const website = env("CRISP_WEBSITE_ID");
const client = new Crisp();
client.setRestHost(env("CRISP_REST_HOST"));
client.authenticateTier(env("CRISP_TIER"), env("CRISP_IDENTIFIER"), env("CRISP_KEY"));

const print = (line) => process.stdout.write(JSON.stringify(line) + "\n");

async function call(name, promise) {
  try {
    const data = await promise;
    print({ call: name, data: data === undefined ? null : data });
    return data;
  } catch (error) {
    print({
      call: name,
      error: { reason: error.reason, message: error.message, code: error.code, data: error.data }
    });
    return null;
  }
}

async function rest() {
  const w = client.website;
  await call("getWebsite", w.getWebsite(website));
  await call("getWebsiteSettings", w.getWebsiteSettings(website));
  await call("listWebsiteOperators", w.listWebsiteOperators(website));
  const created = await call("createNewConversation", w.createNewConversation(website));
  const session = created && created.session_id;
  await call("checkConversationExists", w.checkConversationExists(website, session));
  await call(
    "sendMessageInConversation",
    w.sendMessageInConversation(website, session, {
      type: "text",
      from: "operator",
      origin: "chat",
      content: "Hello from node"
    })
  );
  await call("getMessagesInConversation", w.getMessagesInConversation(website, session));
  await call("changeConversationState", w.changeConversationState(website, session, "resolved"));
  await call("getConversation", w.getConversation(website, session));
  await call("listConversations", w.listConversations(website, 1));
  const profile = await call(
    "addNewPeopleProfile",
    w.addNewPeopleProfile(website, { email: "node@sandbox.example", person: { nickname: "Node" } })
  );
  const people = profile && profile.people_id;
  await call("getPeopleProfile", w.getPeopleProfile(website, people));
  await call("updatePeopleData", w.updatePeopleData(website, people, { data: { plan: "pro" } }));
  await call("getPeopleData", w.getPeopleData(website, people));
  const campaign = await call("createNewCampaign", w.createNewCampaign(website, "one-shot", "Welcome"));
  await call("getCampaign", w.getCampaign(website, campaign && campaign.campaign_id));
  const inbox = await call("createNewInbox", w.createNewInbox(website, { name: "Billing", emoji: "💳" }));
  await call("getInbox", w.getInbox(website, inbox && inbox.inbox_id));
  await call("getConnectAccount", client.plugin.getConnectAccount());
  await call("getConversation (missing)", w.getConversation(website, "session_missing"));
  print({ rest: "done" });
}

async function realtime() {
  const timer = setTimeout(() => {
    console.error("script.js: no realtime event within 30 s");
    process.exit(1);
  }, 30000);
  await client.on("message:send", (data) => {
    clearTimeout(timer);
    print({ event: "message:send", data });
    process.exit(0);
  });
  print({ rtm: "bound" });
}

rest()
  .then(realtime)
  .catch((error) => {
    console.error("script.js:", error);
    process.exit(1);
  });
