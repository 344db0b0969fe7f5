# case: combination planner looks up per-division gain from a dict with constant string keys and sums the weighted division outputs -> constant-key dict, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DIVISIONS = ("great", "swell", "choir", "pedal")


class DivisionMixer(nn.Cell):
    def __init__(self, n_ranks=10):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(n_ranks, 1) for _ in DIVISIONS])
        self.names = DIVISIONS

    def construct(self, registration):
        gains = {"great": 1.0, "swell": 0.8, "choir": 0.6, "pedal": 1.2}
        total = 0.0
        for i, head in enumerate(self.heads):
            total = total + gains[self.names[i]] * head(registration[:, i, :])
        return total


def make():
    np.random.seed(323)
    reg = (np.random.rand(3, 4, 10) > 0.5).astype(np.float32)
    return DivisionMixer(), (Tensor(reg),)
