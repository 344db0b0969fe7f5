# case: quantile forecasting head with pinball loss summed over a constant tuple of quantile levels via enumerate -> static unrolled loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

QUANTILES = (0.1, 0.5, 0.9)


class QuantileHead(nn.Dense):
    """Dense projection d_model -> pred_len * n_quantiles, reshaped per quantile."""

    def __init__(self, d_model, pred_len, quantiles=QUANTILES):
        super().__init__(d_model, pred_len * len(quantiles))
        self.pred_len = pred_len
        self.quantiles = quantiles

    def construct(self, h):
        out = super().construct(h)
        return out.reshape(h.shape[0], self.pred_len, len(self.quantiles))


class QuantileForecastLoss(nn.Cell):
    def __init__(self, d_model=32, pred_len=12, quantiles=QUANTILES):
        super().__init__()
        self.head = QuantileHead(d_model, pred_len, quantiles)
        self.quantiles = quantiles

    def construct(self, h, target):
        preds = self.head(h)
        losses = []
        for i, q in enumerate(self.quantiles):
            err = target - preds[:, :, i]
            losses.append(ops.maximum(q * err, (q - 1) * err).mean())
        return sum(losses) / len(losses), preds


def make():
    np.random.seed(3424)
    h = Tensor(np.random.randn(8, 32).astype(np.float32))
    y = Tensor(np.random.randn(8, 12).astype(np.float32))
    return QuantileForecastLoss(), (h, y)
