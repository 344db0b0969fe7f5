# case: mixture-of-depths router picks tokens whose router logit exceeds zero with ops.nonzero and gathers them for the heavy block -> dynamic shape (nonzero)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeavyBlock(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.ff = nn.SequentialCell([nn.Dense(dim, 4 * dim), nn.GELU(), nn.Dense(4 * dim, dim)])

    def construct(self, x):
        return self.ff(x)


class MoDLayer(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.router = nn.Dense(dim, 1)
        self.block = HeavyBlock(dim)

    def construct(self, tokens):
        logits = self.router(tokens).squeeze(-1)
        idx = ops.nonzero(logits > 0).reshape(-1)
        chosen = ops.gather(tokens, idx, 0)
        weight = ops.sigmoid(ops.gather(logits, idx, 0)).expand_dims(-1)
        update = self.block(chosen) * weight
        return ops.tensor_scatter_add(tokens, idx.expand_dims(-1), update)


def make():
    np.random.seed(10)
    tokens = Tensor(np.random.randn(12, 8).astype(np.float32))
    return MoDLayer(), (tokens,)
