# case: build a @ms.jit_class lift-status record inside construct and bump its counter per chairlift before returning the totals -> jit_class instance created and mutated in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class LiftStatus:
    def __init__(self, riders, wait):
        self.riders = riders
        self.wait = wait

    def add(self, riders, wait):
        self.riders = self.riders + riders
        self.wait = self.wait + wait


class DailyLiftSummary(nn.Cell):
    def __init__(self, n_lifts=4):
        super().__init__()
        self.n_lifts = n_lifts

    def construct(self, riders_per_lift, wait_per_lift):
        status = LiftStatus(ops.zeros((), ms.float32), ops.zeros((), ms.float32))
        for i in range(self.n_lifts):
            status.add(riders_per_lift[i], wait_per_lift[i])
        return status.riders, status.wait / self.n_lifts


def make():
    np.random.seed(91)
    riders = Tensor(np.random.uniform(100, 900, (4,)).astype(np.float32))
    wait = Tensor(np.random.uniform(1, 20, (4,)).astype(np.float32))
    return DailyLiftSummary(), (riders, wait)
