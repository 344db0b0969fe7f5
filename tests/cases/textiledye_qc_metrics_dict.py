# case: shade QC cell returns a dict of string-keyed metrics (mean/max delta-E, pass rate) built in construct -> dict with constant keys, probably supported
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShadeQC(nn.Cell):
    def __init__(self, tolerance=1.0):
        super().__init__()
        self.tolerance = tolerance

    def construct(self, lab_rolls, lab_std):
        d = lab_rolls - lab_std
        de = ops.sqrt((d * d).sum(axis=1))
        metrics = {}
        metrics["mean_de"] = de.mean()
        metrics["max_de"] = de.max()
        metrics["pass_rate"] = (de <= self.tolerance).astype(ms.float32).mean()
        return metrics


def make():
    np.random.seed(49)
    std = np.array([55.0, 40.0, 20.0], np.float32)
    rolls = (std + np.random.randn(18, 3) * 0.7).astype(np.float32)
    return ShadeQC(), (Tensor(rolls), Tensor(std))
