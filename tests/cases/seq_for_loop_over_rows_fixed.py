# case: iterates `for row in x` over a tensor's first axis, normalising each row and stacking; row shapes constant -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def normalize(v, eps=1e-6):
    return v / (ops.norm(v, dim=-1, keepdim=True) + eps)


class RowNorm(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.dense = nn.Dense(dim, dim)

    def construct(self, x):
        outs = []
        for row in x:
            outs.append(normalize(self.dense(row)).max(axis=0))
        return ops.stack(outs)


def make():
    x = Tensor(np.random.randn(3, 6, 4).astype(np.float32))
    return RowNorm(), (x,)
