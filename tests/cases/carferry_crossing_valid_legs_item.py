# case: average leg time over the first n logged legs, n read from the voyage log with .item() and used as a slice length -> Graph mode cannot slice with a data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VoyageLegAverager(nn.Cell):
    """Averages logged leg durations of a crossing; the log is padded to max_legs."""

    def __init__(self, max_legs=12):
        super().__init__()
        self.max_legs = max_legs
        self.scale = Tensor(np.float32(1.0 / 60.0))

    def seconds_to_minutes(self, t):
        return t * self.scale

    def construct(self, leg_seconds, n_logged):
        n = n_logged.item()
        legs = leg_seconds[:n]
        minutes = self.seconds_to_minutes(legs)
        return minutes.mean(), minutes.max()


def make():
    np.random.seed(1)
    legs = np.zeros(12, np.float32)
    legs[:7] = np.random.uniform(200, 600, 7)
    return VoyageLegAverager(), (Tensor(legs), Tensor(np.int32(7)))
