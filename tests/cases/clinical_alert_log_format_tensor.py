# case: alert head that logs a formatted message with str.format of tensor values and a tensor-valued if inside construct -> compile error at STRICT at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HypotensionAlert(nn.Cell):
    def __init__(self, map_threshold=65.0, verbose=True):
        super().__init__()
        self.map_threshold = map_threshold
        self.verbose = verbose
        self.trend = nn.Conv1d(1, 1, 3, pad_mode="same")

    def mean_arterial_pressure(self, sbp, dbp):
        return (sbp + 2.0 * dbp) / 3.0

    def construct(self, sbp, dbp):
        mean_ap = self.mean_arterial_pressure(sbp, dbp)
        smooth = self.trend(mean_ap.expand_dims(1)).squeeze(1)
        n_low = (smooth < self.map_threshold).astype(ms.int32).sum()
        if self.verbose:
            msg = "low MAP in {} windows, min {}".format(n_low, smooth.min())
            print(msg)
        return smooth, n_low


def make():
    np.random.seed(37)
    sbp = Tensor(np.random.uniform(80, 140, (2, 10)).astype(np.float32))
    dbp = Tensor(np.random.uniform(40, 90, (2, 10)).astype(np.float32))
    return HypotensionAlert(), (sbp, dbp)
