# case: a mask set under `if self.mask is None or not self.cache:` but never read back in construct -> LAX: only the write is dynamic; STRICT fails at the write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMix(nn.Cell):
    def __init__(self, cache=True):
        super().__init__()
        self.cache = cache
        self.mask = None
        self.proj = nn.Dense(6, 6)

    def _make_mask(self, n):
        return ops.triu(ops.ones((n, n), ms.float32), 1) * -1e4

    def construct(self, x):
        n = x.shape[1]
        mask = self._make_mask(n)
        if self.mask is None or not self.cache:
            self.mask = mask
        scores = ops.matmul(x, x.swapaxes(1, 2)) + mask
        return ops.matmul(ops.softmax(scores, -1), self.proj(x))


def make():
    np.random.seed(22)
    return MaskedMix(), (Tensor(np.random.rand(2, 4, 6).astype(np.float32)),)
