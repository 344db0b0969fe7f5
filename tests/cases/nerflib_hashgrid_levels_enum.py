# case: instant-NGP style hash encoder iterates enumerate(nn.CellList) of per-level hash tables (Parameters made in a helper) with fixed-size gathers -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

PRIMES = (1, 19349663, 83492791)


class NGPConfig:
    n_levels = 4
    log2_table = 8
    feat_dim = 2
    base_res = 4
    per_level_scale = 1.5


class HashLevel(nn.Cell):
    def __init__(self, res, table_size, feat_dim, level):
        super().__init__()
        self.res = res
        self.table_size = table_size
        self._create_table(feat_dim, level)

    def _create_table(self, feat_dim, level):
        init = np.random.uniform(-1e-4, 1e-4, (self.table_size, feat_dim)).astype(np.float32)
        self.table = Parameter(Tensor(init), name="table_%d" % level)

    def construct(self, x):
        pos = x * self.res
        ijk = ops.floor(pos).astype(ms.int32)
        frac = pos - ijk.astype(pos.dtype)
        h = (ijk[:, 0] * PRIMES[0] + ijk[:, 1] * PRIMES[1] + ijk[:, 2] * PRIMES[2]) % self.table_size
        h1 = ((ijk[:, 0] + 1) * PRIMES[0] + ijk[:, 1] * PRIMES[1] + ijk[:, 2] * PRIMES[2]) % self.table_size
        f0 = ops.gather(self.table, ops.abs(h), 0)
        f1 = ops.gather(self.table, ops.abs(h1), 0)
        return f0 * (1.0 - frac[:, :1]) + f1 * frac[:, :1]


class HashEncoding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        size = 2 ** config.log2_table
        self.levels = nn.CellList([
            HashLevel(int(config.base_res * config.per_level_scale ** l), size, config.feat_dim, l)
            for l in range(config.n_levels)])
        self.out_dim = config.n_levels * config.feat_dim

    def construct(self, x):
        feats = ()
        for i, level in enumerate(self.levels):
            feats = feats + (level(x),)
        return ops.concat(feats, axis=-1)


def make():
    np.random.seed(105)
    x = np.random.rand(50, 3).astype(np.float32)
    return HashEncoding(NGPConfig()), (Tensor(x),)
