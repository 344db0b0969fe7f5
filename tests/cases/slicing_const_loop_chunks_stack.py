# case: fixed-size chunks cut in a constant loop and stacked
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Chunks(nn.Cell):
    def construct(self, x):
        parts = []
        for i in range(0, 8, 4):
            parts.append(x[i:i + 4])
        return ops.stack(parts)


def make():
    return Chunks(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)
