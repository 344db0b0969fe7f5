# case: a @ms.jit_class hunting tally is created in construct and its counters are incremented per flight -> jit_class mutated in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class HuntTally:
    def __init__(self):
        self.slips = 0
        self.kills = 0

    def record(self, slipped, killed):
        self.slips = self.slips + slipped
        self.kills = self.kills + killed


class HuntingLog(nn.Cell):
    def __init__(self, n_flights=6):
        super().__init__()
        self.n_flights = n_flights

    def construct(self, slipped, killed):
        tally = HuntTally()
        for i in range(self.n_flights):
            tally.record(slipped[i], killed[i])
        return tally.kills / (tally.slips + 1e-6)


def make():
    np.random.seed(3183)
    slipped = (np.random.rand(6) > 0.2).astype(np.float32)
    killed = slipped * (np.random.rand(6) > 0.5).astype(np.float32)
    return HuntingLog(), (Tensor(slipped), Tensor(killed))
