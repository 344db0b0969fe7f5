# case: multi-horizon quantile regression loss loops over a Python tuple of quantiles and sums pinball terms -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pinball(pred, target, q):
    diff = target - pred
    return ops.maximum(q * diff, (q - 1.0) * diff)


class QuantileForecaster(nn.Cell):
    def __init__(self, lookback=16, horizon=4, quantiles=(0.1, 0.5, 0.9), reduction="mean"):
        super().__init__()
        self.quantiles = quantiles
        self.horizon = horizon
        self.reduction = reduction
        self.backbone = nn.SequentialCell([nn.Dense(lookback, 32), nn.ReLU()])
        self.heads = nn.CellList([nn.Dense(32, horizon) for _ in quantiles])

    def construct(self, history, target):
        h = self.backbone(history)
        total = 0.0
        for i, q in enumerate(self.quantiles):
            loss_q = pinball(self.heads[i](h), target, q)
            total = total + (loss_q.mean() if self.reduction == "mean" else loss_q.sum())
        return total / len(self.quantiles)


def make():
    np.random.seed(24)
    history = Tensor(np.random.randn(6, 16).astype(np.float32))
    target = Tensor(np.random.randn(6, 4).astype(np.float32))
    return QuantileForecaster(), (history, target)
