# case: vehicle deck balance zeroes empty lanes by multiplying with a float mask instead of indexing -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def lane_offsets(n_lanes, beam_m=16.0):
    half = beam_m / 2.0
    return np.linspace(-half + 1.0, half - 1.0, n_lanes).astype(np.float32)


class DeckHeelEstimator(nn.Cell):
    def __init__(self, n_lanes=8, displacement_t=4200.0, gm_m=1.6, min_load_t=0.5):
        super().__init__()
        self.offsets = Tensor(lane_offsets(n_lanes))
        self.displacement = displacement_t
        self.gm = gm_m
        self.min_load = min_load_t

    def construct(self, lane_tonnes):
        occupied = (lane_tonnes > self.min_load).astype(lane_tonnes.dtype)
        loads = lane_tonnes * occupied
        moment = (loads * self.offsets).sum()
        heel_rad = moment / (self.displacement * self.gm)
        n_used = occupied.sum()
        return heel_rad, loads.sum(), n_used


def make():
    np.random.seed(2)
    lanes = np.random.uniform(0, 40, 8).astype(np.float32)
    lanes[[1, 5]] = 0.0
    return DeckHeelEstimator(), (Tensor(lanes),)
