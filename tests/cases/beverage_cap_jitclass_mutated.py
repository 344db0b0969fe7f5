# case: keep a running count of rejected caps on an ms.jit_class tally object and bump it inside construct -> jit_class attribute mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RejectTally:
    def __init__(self):
        self.rejected = 0.0
        self.inspected = 0.0


class CapRejectCounter(nn.Cell):
    def __init__(self, max_nm=2.1):
        super().__init__()
        self.max_nm = max_nm
        self.tally = RejectTally()

    def construct(self, peak_torque):
        bad = (peak_torque > self.max_nm).astype(ms.float32).sum()
        self.tally.rejected = self.tally.rejected + bad
        self.tally.inspected = self.tally.inspected + peak_torque.shape[0]
        return self.tally.rejected / self.tally.inspected


def make():
    np.random.seed(113)
    torque = (1.8 + 0.25 * np.random.randn(64)).astype(np.float32)
    return CapRejectCounter(), (Tensor(torque),)
