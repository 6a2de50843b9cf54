<?xml version="1.0"?><OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"><ShortName>Wiki HTX</ShortName></OpenSearchDescription>
