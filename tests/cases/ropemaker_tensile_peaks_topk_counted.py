# case: take as many of the highest tensile-curve load peaks as the peak detector counted (k from a tensor) -> topk with k from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def local_peaks(load):
    left = load[1:-1] > load[:-2]
    right = load[1:-1] > load[2:]
    return ops.logical_and(left, right)


class PeakLoads(nn.Cell):
    def __init__(self, min_kn=5.0):
        super().__init__()
        self.min_kn = min_kn

    def construct(self, load_kn):
        is_peak = ops.logical_and(local_peaks(load_kn), load_kn[1:-1] > self.min_kn)
        n_peaks = is_peak.astype(ms.int32).sum()
        scored = ops.where(is_peak, load_kn[1:-1], ops.zeros_like(load_kn[1:-1]))
        vals, idx = ops.topk(scored, int(n_peaks))
        return vals, idx + 1


def make():
    np.random.seed(61)
    t = np.linspace(0, 6 * np.pi, 90)
    load = (8 + 4 * np.sin(t) + np.random.normal(0, 0.2, 90)).astype(np.float32)
    return PeakLoads(), (Tensor(load),)
