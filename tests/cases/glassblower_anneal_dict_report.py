# case: annealing QA step returns a dict of string-keyed summary tensors (peak, final, mean rate) computed from a fixed-length cool-down curve -> constant-key dict output, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnnealReport(nn.Cell):
    def __init__(self, minutes_per_step=5.0):
        super().__init__()
        self.dt = minutes_per_step

    def construct(self, curve_c):
        rate = (curve_c[1:] - curve_c[:-1]) / self.dt
        report = {"peak_c": curve_c.max(), "final_c": curve_c[-1]}
        report["mean_rate"] = rate.mean()
        return report


def make():
    np.random.seed(271)
    curve = (np.linspace(515.0, 360.0, 20) + np.random.randn(20)).astype(np.float32)
    return AnnealReport(), (Tensor(curve),)
