# case: multi-quantile pinball loss aligns targets/preds with try/except IndexError on pred.shape to accept point or quantile forecasts -> compile error at line 13
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PinballLoss(nn.Cell):
    def __init__(self, quantiles=(0.1, 0.5, 0.9)):
        super().__init__()
        self.quantiles = Tensor(np.array(quantiles, dtype=np.float32))

    def _align(self, target, pred):
        try:
            num_q = pred.shape[2]
        except IndexError:
            # point forecast without a quantile axis
            return target.expand_dims(-1), pred.expand_dims(-1)
        if target.ndim == 2:
            target = target.expand_dims(-1)
        return target.broadcast_to(pred.shape[:2] + (num_q,)), pred

    def construct(self, pred, target):
        # pred: (B, H, Q); target: (B, H) or (B, H, 1)
        target, pred = self._align(target, pred)
        diff = target - pred
        loss = ops.maximum(self.quantiles * diff, (self.quantiles - 1.0) * diff)
        return loss.mean()


class QuantileHead(nn.Cell):
    def __init__(self, lookback=12, horizon=4, quantiles=(0.1, 0.5, 0.9)):
        super().__init__()
        self.horizon = horizon
        self.nq = len(quantiles)
        self.proj = nn.Dense(lookback, horizon * self.nq)
        self.loss = PinballLoss(quantiles)

    def construct(self, history, target):
        pred = self.proj(history).reshape(-1, self.horizon, self.nq)
        return self.loss(pred, target)


def make():
    np.random.seed(17)
    history = Tensor(np.random.randn(5, 12).astype(np.float32))
    target = Tensor(np.random.randn(5, 4).astype(np.float32))
    return QuantileHead(), (history, target)
