# case: TopKPooling with k = ceil(ratio * N) from x.shape, topk + gather, remap edges by masking -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TopKPooling(nn.Cell):
    def __init__(self, in_dim=8, ratio=0.5, nonlinearity="tanh"):
        super().__init__()
        self.ratio = ratio
        self.nonlinearity = nonlinearity
        self.weight = Parameter(Tensor(np.random.RandomState(1).randn(1, in_dim).astype(np.float32)), name="weight")

    def construct(self, x, edge_index):
        n = x.shape[0]
        k = int(math.ceil(self.ratio * n))
        score = (x * self.weight).sum(-1) / ops.norm(self.weight)
        score = ops.tanh(score) if self.nonlinearity == "tanh" else ops.sigmoid(score)
        vals, perm = ops.topk(score, k)
        x_out = ops.gather(x, perm, 0) * vals.expand_dims(-1)
        # new id for kept nodes, -1 otherwise (fixed-size lookup table)
        new_id = ops.full((n,), -1, dtype=ms.int32)
        new_id = ops.tensor_scatter_update(new_id, perm.astype(ms.int32).expand_dims(-1), ops.arange(0, k, dtype=ms.int32))
        src, dst = ops.gather(new_id, edge_index[0], 0), ops.gather(new_id, edge_index[1], 0)
        edge_valid = ops.logical_and(src >= 0, dst >= 0)
        return x_out, ops.stack([src, dst]), edge_valid


def make():
    np.random.seed(32)
    x = Tensor(np.random.randn(10, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, 10, size=(2, 26)).astype(np.int32))
    return TopKPooling(), (x, ei)
