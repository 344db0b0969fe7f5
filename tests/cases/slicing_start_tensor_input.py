# case: slices x from a start index passed in as a 0-d int Tensor argument, so the start is a runtime value and the result shape is dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class SkipPrefix(nn.Cell):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm((6,))

    def construct(self, x, start):
        x = self.norm(x)
        return x[start:, :]


def make():
    x = Tensor(np.random.randn(9, 6).astype(np.float32))
    start = Tensor(3, ms.int32)
    return SkipPrefix(), (x, start)
