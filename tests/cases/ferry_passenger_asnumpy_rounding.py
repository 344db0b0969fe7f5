# case: passenger estimator rounds predicted head count by converting to numpy inside construct -> asnumpy host round trip not allowed in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PassengerHeadcount(nn.Cell):
    def __init__(self, n_gates=6):
        super().__init__()
        self.gate_weights = ms.Parameter(Tensor(np.ones((n_gates,), np.float32) * 0.5), name="gate_weights")

    def construct(self, gate_pulses):
        raw = (gate_pulses * self.gate_weights).sum(axis=1)
        counts = np.round(raw.asnumpy())
        return Tensor(counts, ms.float32)


def make():
    np.random.seed(5)
    pulses = Tensor(np.random.randint(0, 20, size=(4, 6)).astype(np.float32))
    return PassengerHeadcount(), (pulses,)
