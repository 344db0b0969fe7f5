# case: append one bearing feature per logged ship sighting, where the loop count is the sighting total converted with int(), then stack the list -> loop count from data, rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SightingEncoder(nn.Cell):
    def __init__(self, dim=6):
        super().__init__()
        self.enc = nn.Dense(2, dim)

    def bearing_feat(self, deg):
        rad = deg * (np.pi / 180.0)
        return ops.stack((ops.sin(rad), ops.cos(rad)))

    def construct(self, bearings_deg, n_logged):
        feats = []
        for i in range(int(n_logged)):
            feats.append(self.enc(self.bearing_feat(bearings_deg[i])))
        return ops.stack(feats).mean(axis=0)


def make():
    np.random.seed(3047)
    bearings = Tensor(np.random.uniform(0, 360, size=(10,)).astype(np.float32))
    n_logged = Tensor(np.int32(6))
    return SightingEncoder(), (bearings, n_logged)
