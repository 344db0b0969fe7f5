# case: tuner refines beat-rate estimates for as many passes as the recording says (pass count read from a tensor with int()) -> loop count from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeatRefiner(nn.Cell):
    """Iteratively refine beat rates between a pipe and the reference Principal."""

    def __init__(self, n_intervals=12, hidden=16):
        super().__init__()
        self.update = nn.SequentialCell([nn.Dense(n_intervals, hidden), nn.ReLU(),
                                         nn.Dense(hidden, n_intervals)])

    def construct(self, beats_hz, n_passes):
        est = beats_hz
        for _ in range(int(n_passes)):
            est = est + 0.1 * self.update(est)
        return est


def make():
    np.random.seed(336)
    beats = np.abs(np.random.randn(2, 12)).astype(np.float32)
    return BeatRefiner(), (Tensor(beats), Tensor(3, ms.int32))
