// An OpenID Connect provider on loopback for scripts/oidc.py: node-oidc-provider with its
// development sign-in pages (any password), one client (stemme) and three people whose
// groups give a planner, a unit lead and no role at all. Test use only.
import Provider from "oidc-provider";

const port = Number(process.env.PORT);
const redirect = process.env.REDIRECT_URI;
const issuer = `http://127.0.0.1:${port}`;

const people = {
  "kari.planlegger": { name: "Kari Planlegger", groups: ["stemme-planleggere", "alle-ansatte"] },
  "lise.leder": { name: "Lise Leder", groups: ["ledere-saupstad"] },
  "ola.uten.rolle": { name: "Ola Uten Rolle", groups: ["alle-ansatte"] },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: "stemme",
      client_secret: "stemme-test-secret",
      redirect_uris: [redirect],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], profile: ["name", "preferred_username"], groups: ["groups"] },
  // The groups go into the ID token, as Entra ID and Keycloak put them when asked.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  cookies: { keys: ["test-only-cookie-key"] },
  features: { devInteractions: { enabled: true } },
  async findAccount(ctx, id) {
    const person = people[id] ?? { name: id, groups: [] };
    return {
      accountId: id,
      async claims() {
        return { sub: id, name: person.name, preferred_username: id, groups: person.groups };
      },
    };
  },
});

provider.listen(port, "127.0.0.1", () => {
  console.log(`provider ready at ${issuer}`);
});
