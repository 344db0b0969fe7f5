# case: per-crystal max pooling loops "for c in range(int(n_crystals))" with the count read from a tensor, selecting atoms of each crystal and stacking -> Python loop count from tensor data (rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    hidden = 20
    pooling = "max"


class PerCrystalMaxPool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pooling = getattr(config, "pooling", "mean")
        self.out = nn.Dense(config.hidden, 1)

    def _pool_one(self, h, crystal_ids, c):
        sel = (crystal_ids == c).astype(h.dtype)[:, None]
        masked = h * sel + (1.0 - sel) * (-1e9)
        return ops.amax(masked, 0)

    def construct(self, h, crystal_ids, n_crystals):
        pooled = [self._pool_one(h, crystal_ids, c) for c in range(int(n_crystals))]
        crys = ops.stack(pooled, 0)
        return self.out(crys)


def make():
    np.random.seed(17)
    h = Tensor(np.random.randn(12, 20).astype(np.float32))
    crystal_ids = Tensor(np.array([0] * 3 + [1] * 5 + [2] * 4, dtype=np.int32))
    return PerCrystalMaxPool(PoolConfig()), (h, crystal_ids, Tensor(3, ms.int32))
