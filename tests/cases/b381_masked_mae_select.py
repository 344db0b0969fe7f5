# case: masked MAE over forecasts that drops missing-sensor readings with ops.masked_select before averaging -> masked_select has data-dependent output size (dynamic shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


NULL_VALUE = 0.0


class LossConfig:
    def __init__(self, null_value=NULL_VALUE, reduction="mean"):
        self.null_value = null_value
        self.reduction = reduction


class MaskedMAE(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else LossConfig()
        self.null_value = config.null_value
        self.reduction = config.reduction

    def _valid(self, target):
        return ops.logical_not(ops.isclose(target, ops.full_like(target, self.null_value)))

    def construct(self, pred, target):
        mask = self._valid(target)
        err = ops.abs(pred - target)
        observed = ops.masked_select(err, mask)
        if self.reduction == "sum":
            return observed.sum()
        return observed.mean()


def make():
    np.random.seed(3812)
    target = np.random.rand(4, 12, 8).astype(np.float32) * 60
    target[np.random.rand(*target.shape) < 0.2] = 0.0
    pred = target + np.random.randn(*target.shape).astype(np.float32)
    return MaskedMAE(), (Tensor(pred), Tensor(target))
