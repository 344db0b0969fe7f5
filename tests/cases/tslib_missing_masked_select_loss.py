# case: imputation loss that gathers only the observed entries with masked_select before computing MAE, helper shared by a base loss class -> masked_select gives a data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    reduction = "mean"
    observed_only = True


class BaseMaskedLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.observed_only = config.observed_only
        self.reduction = config.reduction

    def _flatten_observed(self, pred, target, mask):
        if self.observed_only and mask is not None:
            return ops.masked_select(pred, mask), ops.masked_select(target, mask)
        return pred.reshape(-1), target.reshape(-1)

    def _reduce(self, err):
        return err.mean() if self.reduction == "mean" else err.sum()


class MaskedMAE(BaseMaskedLoss):
    def construct(self, pred, target, mask=None):
        p, t = self._flatten_observed(pred, target, mask)
        return self._reduce(ops.abs(p - t))


def make():
    np.random.seed(3427)
    pred = Tensor(np.random.randn(4, 24, 3).astype(np.float32))
    target = Tensor(np.random.randn(4, 24, 3).astype(np.float32))
    mask = Tensor(np.random.rand(4, 24, 3) > 0.3)
    return MaskedMAE(LossConfig()), (pred, target, mask)
