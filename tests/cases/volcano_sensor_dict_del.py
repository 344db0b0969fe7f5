# case: fuse per-sensor eruption probabilities held in a dict built in construct, deleting the infrasound entry with del when wind noise is high -> dict mutation and del in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SENSORS = ("seismic", "infrasound", "so2", "gnss")


class EruptionFusion(nn.Cell):
    def __init__(self, n_feat=8, drop_infrasound=True):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(n_feat, 1) for _ in SENSORS])
        self.drop_infrasound = drop_infrasound

    def construct(self, seismic, infrasound, so2, gnss):
        feats = (seismic, infrasound, so2, gnss)
        probs = {}
        for i, name in enumerate(SENSORS):
            probs[name] = ops.sigmoid(self.heads[i](feats[i]))
        if self.drop_infrasound:
            del probs["infrasound"]
        total = 0.0
        for name in probs:
            total = total + probs[name]
        return total / len(probs)


def make():
    np.random.seed(191)
    f = lambda: Tensor(np.random.randn(3, 8).astype(np.float32))
    return EruptionFusion(), (f(), f(), f(), f())
