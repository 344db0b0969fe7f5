# case: dispatcher keeps a @ms.jit_class shift tally and increments its dispatched-load counter inside construct -> jit_class attribute mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ShiftTally:
    def __init__(self):
        self.loads_dispatched = 0
        self.tonnes = 0.0


class TallyingDispatcher(nn.Cell):
    def __init__(self, payload_t=220.0):
        super().__init__()
        self.tally = ShiftTally()
        self.payload_t = payload_t

    def construct(self, queue_len, travel_min):
        score = queue_len * 3.0 + travel_min
        best = ops.argmin(score)
        self.tally.loads_dispatched = self.tally.loads_dispatched + 1
        self.tally.tonnes = self.tally.tonnes + self.payload_t
        return best, score[best]


def make():
    np.random.seed(113)
    q = np.random.randint(0, 5, size=(6,)).astype(np.float32)
    travel = np.random.uniform(3, 12, size=(6,)).astype(np.float32)
    return TallyingDispatcher(), (Tensor(q), Tensor(travel))
