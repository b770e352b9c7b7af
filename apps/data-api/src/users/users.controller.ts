import { UserDirectory } from '../auth/user-directory';
import { CrudController, ResourceController } from '../resources/crud.controller';
import { ResourceFactory } from '../resources/resource.factory';
import { usersResource } from './users.resource';

@ResourceController(usersResource)
export class UsersController extends CrudController(usersResource) {
  constructor(
    factory: ResourceFactory,
    private readonly directory: UserDirectory,
  ) {
    super(factory);
  }

  /** A change of role or activity takes effect on the next request. */
  protected override afterWrite(): void {
    this.directory.forget();
  }
}
