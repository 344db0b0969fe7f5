# case: crossing time model gathers the terminal-approach legs at fixed indices set in __init__ -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TerminalLegModel(nn.Cell):
    def __init__(self, n_legs=8, approach_legs=(0, 1, 6, 7)):
        super().__init__()
        self.idx = Tensor(np.array(approach_legs, np.int32))
        self.open_water = Tensor(np.array([i for i in range(n_legs) if i not in approach_legs], np.int32))
        self.harbour_factor = 1.35

    def construct(self, leg_minutes):
        harbour = ops.gather(leg_minutes, self.idx, 1) * self.harbour_factor
        sea = ops.gather(leg_minutes, self.open_water, 1)
        total = harbour.sum(axis=1) + sea.sum(axis=1)
        return total, harbour.mean(axis=1)


def make():
    np.random.seed(19)
    legs = np.random.uniform(2, 9, (5, 8)).astype(np.float32)
    return TerminalLegModel(), (Tensor(legs),)
