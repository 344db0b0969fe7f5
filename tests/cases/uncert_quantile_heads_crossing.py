# case: quantile regression with several heads for fixed quantile levels, pinball loss and a crossing penalty between adjacent quantiles -> constant loops over Python list of levels, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuantileRegressor(nn.Cell):
    def __init__(self, in_dim=5, hidden=12, quantiles=(0.1, 0.5, 0.9)):
        super().__init__()
        self.quantiles = quantiles
        self.trunk = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU()])
        self.heads = nn.CellList([nn.Dense(hidden, 1) for _ in quantiles])

    def pinball(self, y, pred, q):
        diff = y - pred
        return ops.maximum(q * diff, (q - 1.0) * diff).mean()

    def construct(self, x, y):
        h = self.trunk(x)
        preds = [head(h) for head in self.heads]
        loss = 0.0
        for i, q in enumerate(self.quantiles):
            loss = loss + self.pinball(y, preds[i], q)
        crossing = 0.0
        for i in range(len(preds) - 1):
            crossing = crossing + ops.relu(preds[i] - preds[i + 1]).mean()
        interval = preds[-1] - preds[0]
        return loss + crossing, ops.concat(preds, axis=-1), interval


def make():
    np.random.seed(0)
    net = QuantileRegressor()
    x = Tensor(np.random.randn(7, 5).astype(np.float32))
    y = Tensor(np.random.randn(7, 1).astype(np.float32))
    return net, (x, y)
