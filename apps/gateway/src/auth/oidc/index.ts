import { OidcIssuer } from './oidc-issuer';
import { OidcLoginCookie } from './oidc-login-cookie';
import { OidcLoginStore } from './oidc-login-store';
import { OidcLoginService } from './oidc-login.service';
import { RegistryUsers } from './registry-users';

export { OidcController } from './oidc.controller';

/** What single sign-on needs beside AuthModule's sessions; the routes answer 404 unless OIDC is configured. */
export const OIDC_PROVIDERS = [OidcIssuer, OidcLoginStore, OidcLoginCookie, RegistryUsers, OidcLoginService];
