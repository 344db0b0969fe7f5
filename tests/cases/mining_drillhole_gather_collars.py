# case: look up collar elevations for a batch of drill-hole ids with ops.gather and convert downhole depths to RL elevations -> gather with index tensor of fixed shape, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CollarLookup(nn.Cell):
    def __init__(self, collar_rl_m, dip_deg=-60.0):
        super().__init__()
        self.collar_rl = Tensor(collar_rl_m)
        self.sin_dip = float(np.sin(np.deg2rad(dip_deg)))

    def construct(self, hole_ids, depth_m):
        rl = ops.gather(self.collar_rl, hole_ids, 0)
        sample_rl = rl.reshape(-1, 1) + depth_m * self.sin_dip
        bench = ops.floor(sample_rl / 15.0)
        return sample_rl, bench


def make():
    np.random.seed(211)
    collars = np.random.uniform(1180.0, 1260.0, size=(30,)).astype(np.float32)
    ids = np.random.randint(0, 30, size=(8,)).astype(np.int32)
    depth = np.tile(np.arange(0, 90, 3, dtype=np.float32), (8, 1))
    return CollarLookup(collars), (Tensor(ids), Tensor(depth))
