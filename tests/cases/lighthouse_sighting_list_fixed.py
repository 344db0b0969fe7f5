# case: append one bearing feature per sighting slot over range(len of the log from its shape), then stack the list -> Python-int loop count, static in Graph mode
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

    def construct(self, bearings_deg):
        feats = []
        for i in range(bearings_deg.shape[0]):
            feats.append(self.enc(self.bearing_feat(bearings_deg[i])))
        return ops.stack(feats).mean(axis=0)


def make():
    np.random.seed(3048)
    bearings = Tensor(np.random.uniform(0, 360, size=(10,)).astype(np.float32))
    return SightingEncoder(), (bearings,)
