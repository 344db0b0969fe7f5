# case: tuples appended to a list under a tensor-dependent if (one_if) -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Seg(nn.Cell):
    def __init__(self):
        super().__init__()
        self.head = nn.Dense(8, 3)

    def construct(self, hidden):
        labels = ops.argmax(self.head(hidden), dim=-1)
        n = labels.shape[0]
        segs = []
        if labels[0] == 0:
            segs.append((0, 1))
        return segs


def make():
    np.random.seed(5)
    return Seg(), (Tensor(np.random.randn(6, 8).astype(np.float32)),)
