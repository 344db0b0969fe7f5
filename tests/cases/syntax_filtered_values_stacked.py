# case: a list comprehension keeps the readings (tensor items) that pass a tensor test and stacks them: a data-dependent number of rows
import numpy as np
from mindspore import nn, ops, Tensor


class Keep(nn.Cell):
    def construct(self, readings):
        kept = [readings[i] for i in range(3) if readings[i] > 0.5]
        return ops.stack(kept).sum()


def make():
    return Keep(), (Tensor(np.array([0.9, 0.2, 0.7], np.float32)),)
