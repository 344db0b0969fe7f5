# case: the same loop appending on both arms of the `if` on the host copy's values
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
            else:
                picked.append(-1)
        return Tensor(np.array(picked, np.int32))


def make():
    return Runs(), (Tensor(np.array([0.9, 0.1, 0.7, 0.2], np.float32)),)
