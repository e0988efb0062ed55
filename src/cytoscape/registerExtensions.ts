import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

// Registered once at module load, on the same cytoscape copy react-cytoscapejs uses (it is a peer dep).
cytoscape.use(fcose);
