# case: debug-print the room humidity tensor with an f-string inside construct before computing misting duty -> f-string formatting a tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MistingDuty(nn.Cell):
    def __init__(self, setpoint=92.0, band=4.0, verbose=True):
        super().__init__()
        self.setpoint = setpoint
        self.band = band
        self.verbose = verbose

    def construct(self, rh):
        avg = rh.mean()
        if self.verbose:
            print(f"room RH avg={avg}")
        duty = ops.clamp((self.setpoint - rh) / self.band, 0.0, 1.0)
        return duty


def make():
    np.random.seed(337)
    rh = Tensor(np.random.uniform(84, 96, size=(6,)).astype(np.float32))
    return MistingDuty(), (rh,)
