# case: report the three highest local load peaks of a tensile curve with a fixed k -> constant k topk, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def local_peaks(load):
    left = load[1:-1] > load[:-2]
    right = load[1:-1] > load[2:]
    return ops.logical_and(left, right)


class TopPeakLoads(nn.Cell):
    def __init__(self, k=3, min_kn=5.0):
        super().__init__()
        self.k = k
        self.min_kn = min_kn

    def construct(self, load_kn):
        inner = load_kn[1:-1]
        is_peak = ops.logical_and(local_peaks(load_kn), inner > self.min_kn)
        scored = ops.where(is_peak, inner, ops.zeros_like(inner))
        vals, idx = ops.topk(scored, self.k)
        return vals, idx + 1, is_peak.astype(ms.int32).sum()


def make():
    np.random.seed(62)
    t = np.linspace(0, 6 * np.pi, 90)
    load = (8 + 4 * np.sin(t) + np.random.normal(0, 0.2, 90)).astype(np.float32)
    return TopPeakLoads(), (Tensor(load),)
