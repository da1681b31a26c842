import { productClientBuild } from '../../shared/scripts/product-client-build';

export default productClientBuild();
