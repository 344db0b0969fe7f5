# case: tuples appended to a list under a tensor-dependent if (loop_tensor_item) -> measured
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
        for i in range(n):
            if labels[i] == 0:
                segs.append(hidden[i])
        return segs


def make():
    np.random.seed(5)
    return Seg(), (Tensor(np.random.randn(6, 8).astype(np.float32)),)
