# case: padded point batch: masked max/mean pooling where the padding mask is used by multiplication and the valid count only as a denominator -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class PoolConfig:
    def __init__(self, in_channels=6, hidden=32, pool=("max", "mean")):
        self.in_channels = in_channels
        self.hidden = hidden
        self.pool = pool


class MaskedPointPool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool = tuple(config.pool)
        self.mlp = nn.SequentialCell([nn.Dense(config.in_channels, config.hidden), nn.ReLU()])

    def construct(self, feats, valid):
        h = self.mlp(feats)
        m = valid.astype(ms.float32).expand_dims(-1)
        n_valid = ops.maximum(m.sum(1), 1.0)
        pooled = []
        for kind in self.pool:
            if kind == "max":
                pooled.append((h * m + (1.0 - m) * NEG_INF).max(axis=1))
            else:
                pooled.append((h * m).sum(1) / n_valid)
        return ops.cat(pooled, axis=-1)


def make():
    np.random.seed(3498)
    feats = Tensor(np.random.randn(2, 48, 6).astype(np.float32))
    valid = np.zeros((2, 48), dtype=bool)
    valid[0, :40] = True
    valid[1, :29] = True
    return MaskedPointPool(PoolConfig()), (feats, Tensor(valid))
