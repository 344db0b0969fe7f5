# case: mint.nonzero on a data mask then ops.gather of rows; row count depends on data, expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class ActiveRows(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x):
        active = mint.nonzero(x.sum(axis=1) > 0).squeeze(-1)
        rows = ops.gather(x, active, 0)
        return rows * 2


def make():
    return ActiveRows(), (Tensor(np.random.randn(5, 3).astype(np.float32)),)
