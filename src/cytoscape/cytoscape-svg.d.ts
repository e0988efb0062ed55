// cytoscape-svg 0.4.0 ships no types: a register function, and `cy.svg()` once registered.
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';

  const register: cytoscape.Ext;
  export default register;
}

declare namespace cytoscape {
  interface SvgOptions {
    full?: boolean;
    scale?: number;
    maxWidth?: number;
    maxHeight?: number;
    bg?: string;
  }
  interface Core {
    svg(options?: SvgOptions): string;
  }
}
