# case: TopKPooling keeping ceil(ratio * number of unmasked nodes) nodes via sort then slice -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MaskedTopKPool(nn.Cell):
    def __init__(self, in_dim=8, ratio=0.5, min_score=None):
        super().__init__()
        self.ratio = ratio
        self.min_score = min_score
        self.weight = Parameter(Tensor(np.random.RandomState(0).randn(in_dim).astype(np.float32)), name="w")

    def score(self, x, node_mask):
        s = ops.tanh((x * self.weight).sum(-1) / ops.norm(self.weight))
        return ops.where(node_mask, s, ops.full_like(s, -2.0))

    def construct(self, x, node_mask):
        s = self.score(x, node_mask)
        num_valid = node_mask.astype(ms.int32).sum()
        k = ops.ceil(self.ratio * num_valid.astype(ms.float32)).astype(ms.int32)
        order = ops.sort(s, descending=True)[1]
        perm = order[:k]
        x_pool = ops.gather(x, perm, 0) * ops.gather(s, perm, 0).expand_dims(-1)
        return x_pool, perm


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(12, 8).astype(np.float32))
    mask = Tensor(np.array([True] * 9 + [False] * 3))
    return MaskedTopKPool(), (x, mask)
