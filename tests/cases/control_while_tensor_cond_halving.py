# case: a while loop keeps halving x while its max exceeds 1; the loop count is data-dependent but the shape never changes, so static
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Normalizer(nn.Cell):
    def construct(self, x):
        steps = Tensor(0, ms.int32)
        while x.max() > 1.0:
            x = x / 2
            steps = steps + 1
        return x, steps


def make():
    return Normalizer(), (Tensor(np.array([[3.0, 9.0], [0.5, 2.0]], np.float32)),)
