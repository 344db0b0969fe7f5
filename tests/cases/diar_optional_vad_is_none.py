# case: statistics pooling that uses an optional VAD mask, tested with `is None`, falling back to all frames -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StatsPooling(nn.Cell):
    def __init__(self, eps=1e-5):
        super().__init__()
        self.eps = eps

    def construct(self, x, vad=None):
        # x: (B, T, D), vad: optional (B, T)
        if vad is None:
            mean = x.mean(axis=1)
            var = ((x - mean.expand_dims(1)) ** 2).mean(axis=1)
        else:
            w = vad.expand_dims(-1)
            n = ops.clamp(w.sum(axis=1), min=1.0)
            mean = (x * w).sum(axis=1) / n
            var = (((x - mean.expand_dims(1)) ** 2) * w).sum(axis=1) / n
        return ops.concat((mean, ops.sqrt(var + self.eps)), axis=-1)


class XVectorTail(nn.Cell):
    def __init__(self, d=8, emb_dim=6):
        super().__init__()
        self.pool = StatsPooling()
        self.fc = nn.Dense(2 * d, emb_dim)

    def construct(self, x, vad=None):
        return self.fc(self.pool(x, vad))


def make():
    np.random.seed(16)
    x = Tensor(np.random.randn(2, 12, 8).astype(np.float32))
    vad = Tensor((np.random.rand(2, 12) > 0.3).astype(np.float32))
    return XVectorTail(), (x, vad)
