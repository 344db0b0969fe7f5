# case: forecaster loss averages absolute error only over observed targets via masked_select -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ObservedMAE(nn.Cell):
    """MAE that ignores missing targets (mask == 0)."""

    def __init__(self, reduction="mean"):
        super().__init__()
        self.reduction = reduction

    def construct(self, pred, target, observed_mask):
        err = ops.abs(pred - target)
        valid = ops.masked_select(err, observed_mask > 0)
        if self.reduction == "mean":
            return valid.mean()
        return valid.sum()


class LinearForecaster(nn.Cell):
    def __init__(self, lookback=24, horizon=6):
        super().__init__()
        self.head = nn.Dense(lookback, horizon)
        self.loss_fn = ObservedMAE()

    def construct(self, history, target, observed_mask):
        pred = self.head(history)
        return self.loss_fn(pred, target, observed_mask)


def make():
    np.random.seed(1)
    history = Tensor(np.random.randn(8, 24).astype(np.float32))
    target = Tensor(np.random.randn(8, 6).astype(np.float32))
    mask = Tensor((np.random.rand(8, 6) > 0.3).astype(np.float32))
    return LinearForecaster(), (history, target, mask)
