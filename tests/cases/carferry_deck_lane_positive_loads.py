# case: vehicle deck balance keeps only occupied lanes via boolean-mask indexing before computing the transverse moment -> boolean mask indexing gives a data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def lane_offsets(n_lanes, beam_m=16.0):
    half = beam_m / 2.0
    return np.linspace(-half + 1.0, half - 1.0, n_lanes).astype(np.float32)


class DeckHeelEstimator(nn.Cell):
    def __init__(self, n_lanes=8, displacement_t=4200.0, gm_m=1.6):
        super().__init__()
        self.offsets = Tensor(lane_offsets(n_lanes))
        self.displacement = displacement_t
        self.gm = gm_m

    def construct(self, lane_tonnes):
        occupied = lane_tonnes > 0.5
        loads = lane_tonnes[occupied]
        arms = self.offsets[occupied]
        moment = (loads * arms).sum()
        heel_rad = moment / (self.displacement * self.gm)
        return heel_rad, loads.sum()


def make():
    np.random.seed(2)
    lanes = np.random.uniform(0, 40, 8).astype(np.float32)
    lanes[[1, 5]] = 0.0
    return DeckHeelEstimator(), (Tensor(lanes),)
