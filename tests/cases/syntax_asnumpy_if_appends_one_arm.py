# case: a loop over a host copy whose `if` on its values appends to a list on one arm only
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Runs(nn.Cell):
    def __init__(self, thr=0.5):
        super().__init__()
        self.thr = thr

    def construct(self, act):
        a = act.asnumpy()
        picked = []
        for t in range(4):
            if a[t] > self.thr:
                picked.append(t)
        return Tensor(np.array(picked + [0], np.int32))


def make():
    return Runs(), (Tensor(np.array([0.9, 0.1, 0.7, 0.2], np.float32)),)
