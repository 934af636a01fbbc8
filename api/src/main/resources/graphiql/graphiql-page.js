// GraphiQL against this server's /graphql. The bearer token goes in the Headers tab; it is not persisted.
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const headers = JSON.stringify({ Authorization: 'Bearer <a token from POST /demo/token>' }, null, 2);
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    headers,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers',
  }),
);
