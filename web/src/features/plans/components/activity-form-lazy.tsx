import { lazy, Suspense, type ComponentProps } from 'react';
import { Loading } from '../../../components/ui/loading.js';

// The form runs the frequency parser (and zod, which the parser's contract uses) in the browser:
// loaded when a coordinator opens it, so readers and reporters never download it.
const ActivityForm = lazy(() => import('./activity-form.js').then((module) => ({ default: module.ActivityForm })));

export function LazyActivityForm(props: ComponentProps<typeof ActivityForm>) {
  return (
    <Suspense fallback={<Loading />}>
      <ActivityForm {...props} />
    </Suspense>
  );
}
