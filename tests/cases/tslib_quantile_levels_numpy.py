# case: quantile loss that turns a quantile-level Parameter into a Python list with asnumpy() inside construct to loop over levels -> asnumpy on a tensor in construct, rejected by Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class QuantileConfig:
    quantiles = [0.05, 0.25, 0.5, 0.75, 0.95]
    pred_len = 6
    hidden = 16


class QuantileLossMixin:
    def pinball(self, preds, target):
        levels = self.levels.asnumpy().tolist()
        total = 0.0
        for i, q in enumerate(levels):
            err = target - preds[..., i]
            total = total + ops.maximum(q * err, (q - 1.0) * err).mean()
        return total / len(levels)


class QuantileForecaster(nn.Cell, QuantileLossMixin):
    def __init__(self, config):
        super().__init__()
        self.levels = Parameter(Tensor(np.array(config.quantiles, np.float32)), name="levels", requires_grad=False)
        self.n_q = len(config.quantiles)
        self.pred_len = config.pred_len
        self.proj = nn.Dense(config.hidden, config.pred_len * self.n_q)

    def construct(self, h, target=None):
        preds = self.proj(h).reshape(-1, self.pred_len, self.n_q)
        if target is None:
            return (preds,)
        return self.pinball(preds, target), preds


def make():
    np.random.seed(3425)
    h = Tensor(np.random.randn(4, 16).astype(np.float32))
    y = Tensor(np.random.randn(4, 6).astype(np.float32))
    return QuantileForecaster(QuantileConfig()), (h, y)
