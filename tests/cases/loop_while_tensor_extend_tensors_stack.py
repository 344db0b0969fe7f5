# case: a while on tensor data extending a list with two tensors each pass, stacked after the loop -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scan(nn.Cell):
    def construct(self, probs):
        parts = []
        t = Tensor(0, ms.int32)
        n = probs.shape[0]
        while t < n:
            parts.extend([probs[t], probs[t] * 2])
            t = t + 1
        return ops.stack(parts)


def make():
    np.random.seed(8)
    return Scan(), (Tensor(np.random.rand(6).astype(np.float32)),)
