# case: int() of a tensor sum used as a range() bound for a same-shape loop; expect static at LAX and STRICT (loop body keeps shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RepeatByCount(nn.Cell):
    def __init__(self):
        super().__init__()
        self.relu = nn.ReLU()

    def construct(self, x, counts):
        steps = int(counts.sum())
        out = x
        for _ in range(steps):
            out = self.relu(out) * 0.5
        return out


def make():
    x = Tensor(np.ones((4, 8), np.float32))
    counts = Tensor(np.array([1, 2], np.int32))
    return RepeatByCount(), (x, counts)
