# case: accumulate per-lift riders and wait times as plain tensors in a Python-int loop and return a tuple -> no custom classes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyLiftSummaryTuple(nn.Cell):
    def __init__(self, n_lifts=4):
        super().__init__()
        self.n_lifts = n_lifts

    def construct(self, riders_per_lift, wait_per_lift):
        riders = ops.zeros((), ms.float32)
        wait = ops.zeros((), ms.float32)
        for i in range(self.n_lifts):
            riders = riders + riders_per_lift[i]
            wait = wait + wait_per_lift[i]
        return riders, wait / self.n_lifts


def make():
    np.random.seed(92)
    riders = Tensor(np.random.uniform(100, 900, (4,)).astype(np.float32))
    wait = Tensor(np.random.uniform(1, 20, (4,)).astype(np.float32))
    return DailyLiftSummaryTuple(), (riders, wait)
