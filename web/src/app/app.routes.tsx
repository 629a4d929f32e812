// Every page of the app, each loaded with its own code when first visited (the initial download is
// the frame only). Later capabilities add their pages here.
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { Layout } from './app.layout.tsx';
import { NotFoundPage } from './app.not-found.tsx';

const page = (load: () => Promise<{ default: React.ComponentType }>) => {
  const C = lazy(load);
  return <C />;
};

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: page(() => import('../pages/overview/overview.page.tsx')) },
      { path: 'map', element: page(() => import('../pages/map/map.page.tsx')) },
      { path: 'cases', element: page(() => import('../pages/cases/cases.page.tsx')) },
      { path: 'cases/:id', element: page(() => import('../pages/cases/case.page.tsx')) },
      {
        path: 'cases/:id/attributions',
        element: page(() => import('../pages/attribution/attribution.page.tsx')),
      },
      { path: 'items/:id', element: page(() => import('../pages/items/item.page.tsx')) },
      { path: 'components', element: page(() => import('../pages/components/components.page.tsx')) },
      { path: 'organizations', element: page(() => import('../pages/parties/organizations.page.tsx')) },
      { path: 'organizations/:id', element: page(() => import('../pages/parties/organization.page.tsx')) },
      { path: 'persons', element: page(() => import('../pages/parties/persons.page.tsx')) },
      { path: 'persons/:id', element: page(() => import('../pages/parties/person.page.tsx')) },
      { path: 'parts', element: page(() => import('../pages/parts/parts.page.tsx')) },
      { path: 'parts/:id', element: page(() => import('../pages/parts/part.page.tsx')) },
      { path: 'lots/:partId/:lotCode', element: page(() => import('../pages/parts/lot.page.tsx')) },
      { path: 'makers/:orgId', element: page(() => import('../pages/makers/maker.page.tsx')) },
      { path: 'review/markings', element: page(() => import('../pages/review/review.page.tsx')) },
      { path: 'screening', element: page(() => import('../pages/screening/screening.page.tsx')) },
      { path: 'lists', element: page(() => import('../pages/lists/lists.page.tsx')) },
      { path: 'lists/entries/:id', element: page(() => import('../pages/lists/entry.page.tsx')) },
      { path: 'lists/:id', element: page(() => import('../pages/lists/list.page.tsx')) },
      { path: 'production', element: page(() => import('../pages/production/production.page.tsx')) },
      { path: 'variants', element: page(() => import('../pages/variants/variants.page.tsx')) },
      { path: 'search', element: page(() => import('../pages/search/search.page.tsx')) },
      { path: 'import', element: page(() => import('../pages/imports/import.page.tsx')) },
      { path: 'login', element: page(() => import('../pages/account/login.page.tsx')) },
      { path: 'account', element: page(() => import('../pages/account/account.page.tsx')) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
