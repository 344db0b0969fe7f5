# case: a Python set filled with int() of tensor items, never read after
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Unused(nn.Cell):
    def construct(self, logits):
        labels = ops.argmax(logits, dim=1)
        seen = set()
        for i in range(4):
            seen.add(int(labels[i]))
        return logits * 2


def make():
    np.random.seed(3)
    return Unused(), (Tensor(np.random.rand(4, 5).astype(np.float32)),)
