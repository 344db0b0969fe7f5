# case: substation planner ranks feeders by daily peak with a full-length ops.sort and gathers their profiles along the fixed feeder axis -> static shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeederPeakRanker(nn.Cell):
    def __init__(self, feeder_axis=0, descending=True, transformer_kva=2500.0):
        super().__init__()
        self.axis = feeder_axis
        self.descending = descending
        self.kva = transformer_kva

    def construct(self, load_kw):
        peaks = load_kw.max(axis=1)
        _, order = ops.sort(peaks, descending=self.descending)
        ranked = ops.gather(load_kw, order, self.axis)
        utilization = ranked.sum(axis=0) / self.kva
        return ranked, utilization.max()


def make():
    np.random.seed(221)
    load = Tensor((np.random.rand(7, 96) * 400 + 50).astype(np.float32))
    return FeederPeakRanker(), (load,)
