# case: evaluation helper that truncates the forecast horizon to the longest run of valid labels, slicing pred[:, :valid_len] with valid_len = max observed horizon from the label mask -> slice length from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvalConfig:
    def __init__(self, null_value=0.0, truncate=True):
        self.null_value = null_value
        self.truncate = truncate


class HorizonTruncatedMAE(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.null_value = config.null_value
        self.truncate = config.truncate

    def _valid_len(self, target):
        step_has_data = (target != self.null_value).any(axis=(0, 2))
        return step_has_data.astype(ms.int32).sum()

    def construct(self, pred, target):
        if self.truncate:
            valid_len = self._valid_len(target)
            pred = pred[:, :valid_len]
            target = target[:, :valid_len]
        return ops.abs(pred - target).mean()


def make():
    np.random.seed(3841)
    target = (np.random.rand(3, 6, 4) * 50).astype(np.float32)
    target[:, 4:, :] = 0.0
    pred = target + np.random.randn(*target.shape).astype(np.float32)
    return HorizonTruncatedMAE(EvalConfig()), (Tensor(pred), Tensor(target))
