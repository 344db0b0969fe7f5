# case: deck trim check splits the bay loads into forward and aft halves using x.shape[0] // 2 -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def bay_levers(n_bays, length_m=90.0):
    return np.linspace(-length_m / 2 + 4.5, length_m / 2 - 4.5, n_bays).astype(np.float32)


class TrimCheck(nn.Cell):
    def __init__(self, n_bays=10, mct_tm_per_cm=95.0):
        super().__init__()
        self.levers = Tensor(bay_levers(n_bays))
        self.mct = mct_tm_per_cm

    def construct(self, bay_tonnes):
        half = bay_tonnes.shape[0] // 2
        aft = bay_tonnes[:half]
        fwd = bay_tonnes[half:]
        trim_moment = (bay_tonnes * self.levers).sum()
        trim_cm = trim_moment / self.mct
        imbalance = fwd.sum() - aft.sum()
        return trim_cm, imbalance


def make():
    np.random.seed(16)
    bays = np.random.uniform(0, 60, 10).astype(np.float32)
    return TrimCheck(), (Tensor(bays),)
