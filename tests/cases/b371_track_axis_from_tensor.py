# case: multitrack pooling reads the layout flag from a tensor (time-major vs track-major) and uses it as the transpose permutation and reduce axis -> axis/permutation from tensor data, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAYOUTS = ((0, 1, 2), (1, 0, 2))

class PoolConfig:
    d_model = 8
    pool = "mean"

class TrackPooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool = getattr(config, "pool", "mean")
        self.proj = nn.Dense(config.d_model, config.d_model)

    def _reduce(self, x, axis):
        if self.pool == "mean":
            return x.mean(axis=axis)
        return x.max(axis=axis)

    def construct(self, x, layout_id):
        perm = LAYOUTS[int(layout_id)]
        x = x.transpose(perm)
        return self.proj(self._reduce(x, int(layout_id)))

def make():
    np.random.seed(3743)
    pooler = TrackPooler(PoolConfig())
    x = Tensor(np.random.randn(3, 10, 8).astype(np.float32))
    return pooler, (x, Tensor(1, ms.int32))
