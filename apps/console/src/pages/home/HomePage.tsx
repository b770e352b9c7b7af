import { PageHeader } from '../../ui/states';

export function HomePage() {
  return <PageHeader title="HomePage" />;
}
