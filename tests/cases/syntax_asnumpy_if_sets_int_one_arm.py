# case: the loop over the host copy only updates a Python int on one arm of the `if`
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Runs(nn.Cell):
    def __init__(self, thr=0.5):
        super().__init__()
        self.thr = thr

    def construct(self, act):
        a = act.asnumpy()
        count = 0
        for t in range(4):
            if a[t] > self.thr:
                count = count + 1
        return act * count


def make():
    return Runs(), (Tensor(np.array([0.9, 0.1, 0.7, 0.2], np.float32)),)
