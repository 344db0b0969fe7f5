# case: foraging efficiency score takes the log of mean nectar load with ops.log on the tensor and returns a dict of named outputs -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForagingEfficiency(nn.Cell):
    def __init__(self, n_feat=4, ref_load_mg=30.0):
        super().__init__()
        self.enc = nn.Dense(n_feat, 1)
        self.ref_load_mg = ref_load_mg

    def construct(self, trip_feats, nectar_load_mg):
        trip_cost = ops.abs(self.enc(trip_feats)).mean()
        log_gain = ops.log(nectar_load_mg.mean() / self.ref_load_mg)
        return {"log_gain": log_gain, "trip_cost": trip_cost, "efficiency": log_gain - trip_cost}


def make():
    np.random.seed(172)
    feats = np.random.randn(12, 4).astype(np.float32)
    loads = (np.random.rand(12) * 20 + 25).astype(np.float32)
    return ForagingEfficiency(), (Tensor(feats), Tensor(loads))
