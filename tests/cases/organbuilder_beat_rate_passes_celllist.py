# case: tuner refines beat-rate estimates through a fixed stack of refinement cells held in a CellList -> loop over cells, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineStep(nn.Cell):
    def __init__(self, n_intervals, hidden):
        super().__init__()
        self.fc1 = nn.Dense(n_intervals, hidden)
        self.fc2 = nn.Dense(hidden, n_intervals)

    def construct(self, x):
        return x + 0.1 * self.fc2(ops.relu(self.fc1(x)))


class BeatRefiner(nn.Cell):
    """Iteratively refine beat rates between a pipe and the reference Principal."""

    def __init__(self, n_intervals=12, hidden=16, n_passes=3):
        super().__init__()
        self.passes = nn.CellList([RefineStep(n_intervals, hidden) for _ in range(n_passes)])

    def construct(self, beats_hz):
        est = beats_hz
        for step in self.passes:
            est = step(est)
        return ops.abs(est)


def make():
    np.random.seed(337)
    beats = np.abs(np.random.randn(2, 12)).astype(np.float32)
    return BeatRefiner(), (Tensor(beats),)
