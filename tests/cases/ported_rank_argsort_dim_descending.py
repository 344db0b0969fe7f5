# case: ranking head ported from PyTorch orders scores with argsort(dim=-1, descending=True)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RankHead(nn.Cell):
    def __init__(self, dim=6, items=5):
        super().__init__()
        self.score = nn.Dense(dim, items)

    def construct(self, x):
        scores = self.score(x)
        order = scores.argsort(dim=-1, descending=True)
        return ops.gather_elements(scores, 1, order)


def make():
    np.random.seed(1)
    return RankHead(), (Tensor(np.random.randn(2, 6).astype(np.float32)),)
