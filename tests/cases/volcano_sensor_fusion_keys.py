# case: fuse per-sensor eruption probabilities with constant string keys and config-driven sensor selection, returning a tuple -> constants only, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SENSORS = ("seismic", "infrasound", "so2", "gnss")


class EruptionFusionStatic(nn.Cell):
    def __init__(self, n_feat=8, use_sensors=("seismic", "so2", "gnss")):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(n_feat, 1) for _ in SENSORS])
        self.active = tuple(i for i, s in enumerate(SENSORS) if s in use_sensors)

    def construct(self, seismic, infrasound, so2, gnss):
        feats = (seismic, infrasound, so2, gnss)
        total = ops.zeros((seismic.shape[0], 1), ms.float32)
        for i in self.active:
            total = total + ops.sigmoid(self.heads[i](feats[i]))
        prob = total / len(self.active)
        level = ops.floor(prob * 4.0).clip(0, 3).astype(ms.int32)
        return prob, level


def make():
    np.random.seed(192)
    f = lambda: Tensor(np.random.randn(3, 8).astype(np.float32))
    return EruptionFusionStatic(), (f(), f(), f(), f())
