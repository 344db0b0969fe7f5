# case: summarise enclosure tracking data per animal or per hour, with the reduction axis chosen by a Python flag in the Cell config -> constant axis, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackingSummaryCfg(nn.Cell):
    def __init__(self, per_animal=True):
        super().__init__()
        self.axis = 1 if per_animal else 0
        self.norm = nn.LayerNorm((24,))

    def construct(self, distance_m):
        d = self.norm(distance_m)
        totals = d.sum(axis=self.axis)
        peak = ops.argmax(totals)
        return totals, peak


def make():
    np.random.seed(172)
    dist = np.random.gamma(2.0, 40.0, size=(6, 24)).astype(np.float32)
    return TrackingSummaryCfg(per_animal=True), (Tensor(dist),)
