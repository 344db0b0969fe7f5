# case: keep a running count of lamp revolutions in a Parameter updated with ops.assign_add inside construct -> Parameter side effect, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RevolutionCounter(nn.Cell):
    def __init__(self, rpm=2.0):
        super().__init__()
        self.rpm = rpm
        self.revolutions = ms.Parameter(Tensor(0.0, ms.float32), name="revolutions",
                                        requires_grad=False)

    def construct(self, elapsed_min):
        turns = elapsed_min * self.rpm
        ops.assign_add(self.revolutions, turns.sum())
        phase = ops.fmod(turns, Tensor(1.0, ms.float32)) * 360.0
        return phase, self.revolutions


def make():
    np.random.seed(3056)
    elapsed = Tensor(np.random.uniform(0, 30, size=(6,)).astype(np.float32))
    return RevolutionCounter(), (elapsed,)
