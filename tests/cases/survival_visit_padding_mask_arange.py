# case: mean-pools padded visit embeddings with a mask built from arange < lengths -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedVisitPool(nn.Cell):
    def __init__(self, code_dim=10, hidden=16, max_visits=8):
        super().__init__()
        self.embed = nn.Dense(code_dim, hidden)
        self.act = nn.GELU()
        self.risk = nn.Dense(hidden, 1)
        self.max_visits = max_visits

    def length_mask(self, lengths):
        steps = ops.arange(self.max_visits, dtype=ms.int32)
        return (steps.expand_dims(0) < lengths.expand_dims(1)).astype(ms.float32)

    def construct(self, visits, lengths):
        h = self.act(self.embed(visits))
        mask = self.length_mask(lengths).expand_dims(-1)
        summed = (h * mask).sum(axis=1)
        denom = ops.clamp(mask.sum(axis=1), min=1.0)
        return self.risk(summed / denom).squeeze(-1)


def make():
    np.random.seed(3)
    visits = Tensor(np.random.randn(5, 8, 10).astype(np.float32))
    lengths = Tensor(np.array([8, 3, 5, 1, 6], dtype=np.int32))
    return MaskedVisitPool(), (visits, lengths)
