// Pre-flight of `npm run test:velocity`: one clear line and exit 1 when Apache Velocity 1.7 is not installed.
import { velocityClasspath } from './apache-velocity.js';

try {
  velocityClasspath();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
