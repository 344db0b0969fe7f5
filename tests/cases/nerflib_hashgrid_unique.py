# case: multiresolution hash encoder deduplicates hashed vertex indices with ops.unique before the table lookup, then re-expands with the inverse index -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

PRIMES = (1, 19349663, 83492791)


def spatial_hash(ijk, table_size):
    h = ijk[:, 0] * PRIMES[0] + ijk[:, 1] * PRIMES[1] + ijk[:, 2] * PRIMES[2]
    return ops.abs(h) % table_size


class HashConfig:
    def __init__(self, n_levels=4, table_size=256, feat_dim=2, base_res=4, growth=1.5, dedup=True):
        self.n_levels = n_levels
        self.table_size = table_size
        self.feat_dim = feat_dim
        self.resolutions = [int(base_res * growth ** l) for l in range(n_levels)]
        self.dedup = dedup


class HashGridEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.table_size = config.table_size
        self.resolutions = config.resolutions
        self.dedup = getattr(config, "dedup", False)
        self._build_tables(config)

    def _build_tables(self, config):
        init = np.random.uniform(-1e-4, 1e-4, (config.n_levels, config.table_size, config.feat_dim))
        self.tables = Parameter(Tensor(init.astype(np.float32)), name="hash_tables")

    def _lookup(self, level, idx):
        if self.dedup:
            uniq, inverse = ops.unique(idx)
            feats = ops.gather(self.tables[level], uniq, 0)
            return ops.gather(feats, inverse, 0)
        return ops.gather(self.tables[level], idx, 0)

    def construct(self, x):
        feats = []
        for level, res in enumerate(self.resolutions):
            ijk = ops.floor(x * res).astype(ms.int32)
            feats.append(self._lookup(level, spatial_hash(ijk, self.table_size)))
        return ops.concat(feats, axis=-1)


def make():
    np.random.seed(5)
    pts = np.random.rand(64, 3).astype(np.float32)
    return HashGridEncoder(HashConfig()), (Tensor(pts),)
