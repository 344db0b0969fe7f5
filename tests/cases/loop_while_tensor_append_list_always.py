# case: a while on tensor data appending to a list (list display always), the list returned after the loop -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scan(nn.Cell):
    def construct(self, probs):
        events = []
        t = Tensor(0, ms.int32)
        n = probs.shape[0]
        while t < n:
            events.append([t, probs[t]])
            t = t + 1
        return events


def make():
    np.random.seed(8)
    return Scan(), (Tensor(np.random.rand(6).astype(np.float32)),)
