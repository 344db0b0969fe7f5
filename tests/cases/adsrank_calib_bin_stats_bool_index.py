# case: calibration computes per-bin mean predicted vs observed CTR by boolean-indexing the scores of each bin in a loop -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExpectedCalibrationError(nn.Cell):
    def __init__(self, num_bins=4):
        super().__init__()
        self.num_bins = num_bins

    def _bin_ids(self, preds):
        ids = ops.floor(preds * self.num_bins).astype(ms.int32)
        return ops.clamp(ids, 0, self.num_bins - 1)

    def construct(self, preds, clicks):
        bin_ids = self._bin_ids(preds)
        total = ops.zeros((), ms.float32)
        n = preds.shape[0]
        for b in range(self.num_bins):
            in_bin = bin_ids == b
            bin_pred = preds[in_bin]
            bin_click = clicks[in_bin]
            if bin_pred.shape[0] > 0:
                gap = ops.abs(bin_pred.mean() - bin_click.mean())
                total = total + gap * bin_pred.shape[0] / n
        return total


def make():
    np.random.seed(15)
    preds = Tensor(np.random.rand(16).astype(np.float32))
    clicks = Tensor((np.random.rand(16) > 0.5).astype(np.float32))
    return ExpectedCalibrationError(), (preds, clicks)
