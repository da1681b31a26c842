/** The MCP server as a library: for embedding it, and for tests that drive it in process. */
export { createMcpServer, serveApis, SERVER_NAME, type ServedApis } from './server';
export { connectProducts, ConfigurationError, PRODUCTS, type ConnectedProduct, type Environment, type Product } from './products/index';
export { apiToolsOf, type ApiTool } from './tools/api-tools';
export { toolName } from './tools/tool-name';
export { startHttpServer, type HttpServerOptions, type HttpServerHandle } from './http';
