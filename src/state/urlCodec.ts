// The share link: a whole Scenario (and which path is selected) as text, and back. The app keeps it in
// the address's FRAGMENT (after '#'), which browsers never send to a server, so a link with 1,000 starts
// opens on any host; old links with the scenario in the query ('?') are still read.
//
// Format, one key each, in this order; a key whose value equals createDefaultScenario()'s is left out,
// so the default setup encodes to '':
//   s=<builtin id> | f=<formula text> | d=<dataset id>   the landscape (default s=himmelblau)
//   with d=: pts=x,y;x,y… (d=custom: a person's own points, at most MAX_LINK_POINTS, else the link leaves
//   the landscape out), dn= dxl= dyl= (its name and axis labels), loss=mae|huber:<δ>, model=linear|logistic,
//   std=1 (standardized x); see link/dataLink.ts
//   p=x,y;x,y,lr:0.1,o:adam,b1:0.8;…  starts separated by ';'. After x,y a start may override the
//                                      learning rate (lr:) and the optimizer (o:<kind>, then its
//                                      hyperparameters as below with ':', each omitted at its default)
//   sw=<count>,grid|random,<seed>   a swarm ("Add starts"): its starts are made from these over the
//                                      surface's domain (state/swarm.ts) and follow the p= starts
//   swx=3,7-9                          swarm members left out (removed, or moved and so written in p=)
//   lr=<learning rate>
//   o=gd|momentum|nesterov|adagrad|rmsprop|adam|newton   the optimizer, then its hyperparameters by their
//                                      catalog link keys (mu= a= b1= b2= eps= lam=), each omitted at PyTorch's default
//   sch=step:<step_size>,<gamma> | exponential:<gamma> | cosine:<T_max>,<eta_min>   (default constant;
//                                      torch.optim.lr_scheduler's arguments, eta_min absolute)
//   asc=1  seq=1                       gradient ascent; the sequential update order
//   bs= seed= max= spd= z=             the catalog's other settings, by their link keys
//   cam=<azimuth>,<elevation>,<zoom>,<panX>,<panY>   (absent: the surface's default view)
//   view=map|both                      the views shown (default 3d: the 3D landscape alone)
//   pm=1                               projector mode (catalog flagSettings)
//   sel=<letter>  basins=1            the view: the selected path; the landscape coloured by basin
//   title=<text>  hide=surface,lr      the lesson: a title over the landscape (control characters removed,
//                                      at most TITLE_MAX characters) and the controls hidden (state/lesson.ts)
//   pr=1                              predict first: the paths hidden until the learner reveals them
// Keys, labels, ranges and defaults of every setting come from core/descent/settingsCatalog.ts.
// Numbers are String(n), the shortest text that reads back as the same double, so every field
// round-trips exactly. Coordinates stay short because placing a start (click, drag, random restarts)
// rounds it to a grid of at most 1e-4 of the domain's width (state/placement.ts), while coordinates a
// person types are kept exact; only the camera is rounded here, to 4 decimals.
//
// Decoding never throws. An unusable value is replaced by its default, a value outside the catalog's
// range (or CODEC_LIMITS) is clamped, and each adds a short notice. Unknown keys are ignored (forward
// compatibility); of a repeated key the first counts; only known keys are ever read, so keys such as
// __proto__ are inert. A formula is kept as text even when checkFormula finds a problem (notice added):
// the person who shared it can see it in the editor and fix it, and the app resolves it safely later.
// The whole link is refused (defaults plus UNREADABLE_NOTICE) when it is longer than
// CODEC_LIMITS.linkLength, names an unknown surface or dataset, or has a formula longer than MAX_FORMULA_LENGTH.
export { DEFAULT_VIEW, encodeScenario, type LinkView } from './link/encode';
export { decodeScenario, UNREADABLE_NOTICE, type DecodeOptions, type DecodeResult } from './link/decode';
export { CODEC_LIMITS } from './link/fields';
