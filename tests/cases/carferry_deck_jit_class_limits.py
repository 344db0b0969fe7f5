# case: deck balance model reads lane limits from an @ms.jit_class config object built in __init__ -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DeckLimits:
    def __init__(self, max_lane_t=45.0, max_heel_deg=2.0, beam_m=16.0):
        self.max_lane_t = max_lane_t
        self.max_heel_deg = max_heel_deg
        self.beam_m = beam_m

    def half_beam(self):
        return self.beam_m / 2.0


class DeckBalance(nn.Cell):
    def __init__(self, n_lanes=6):
        super().__init__()
        self.limits = DeckLimits()
        self.n_lanes = n_lanes

    def construct(self, lane_tonnes):
        hb = self.limits.half_beam()
        arms = ops.linspace(-hb + 1.0, hb - 1.0, self.n_lanes)
        moment = (lane_tonnes * arms).sum(axis=-1)
        overload = ops.relu(lane_tonnes - self.limits.max_lane_t).sum(axis=-1)
        heel_deg = moment / 3000.0 * 57.3
        return heel_deg, overload, ops.abs(heel_deg) > self.limits.max_heel_deg


def make():
    np.random.seed(32)
    lanes = np.random.uniform(5, 50, (4, 6)).astype(np.float32)
    return DeckBalance(), (Tensor(lanes),)
