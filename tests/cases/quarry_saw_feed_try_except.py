# case: compute saw feed rate from spindle power, wrapping the division in try/except to fall back to a default -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedRateController(nn.Cell):
    def __init__(self, specific_energy=45.0, default_feed=0.8):
        super().__init__()
        self.specific_energy = specific_energy
        self.default_feed = default_feed

    def construct(self, power_kw, cut_depth_m):
        try:
            feed = power_kw / (self.specific_energy * cut_depth_m)
        except ZeroDivisionError:
            feed = ops.full_like(power_kw, self.default_feed)
        feed = ops.clip_by_value(feed, Tensor(0.1, ms.float32), Tensor(2.5, ms.float32))
        return feed


def make():
    np.random.seed(141)
    power = Tensor(np.random.uniform(30, 75, 16).astype(np.float32))
    depth = Tensor(np.random.uniform(0.02, 0.06, 16).astype(np.float32))
    return FeedRateController(), (power, depth)
