# case: masked MSE over missing targets by multiplying with the observation mask and dividing by a clamped count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMSE(nn.Cell):
    def __init__(self, min_count=1.0):
        super().__init__()
        self.min_count = min_count

    def construct(self, pred, target, mask):
        mask = mask.astype(pred.dtype)
        target = ops.where(mask > 0, target, ops.zeros_like(target))
        sq = ops.square(pred - target) * mask
        count = ops.clamp(mask.sum(), min=self.min_count)
        return sq.sum() / count


class GRUForecaster(nn.Cell):
    def __init__(self, hidden=8, horizon=4):
        super().__init__()
        self.rnn = nn.GRU(1, hidden, batch_first=True)
        self.head = nn.Dense(hidden, horizon)
        self.loss = MaskedMSE()

    def construct(self, history, target, mask):
        out, _ = self.rnn(history.expand_dims(-1))
        pred = self.head(out[:, -1])
        return self.loss(pred, target, mask)


def make():
    np.random.seed(21)
    history = Tensor(np.random.randn(4, 10).astype(np.float32))
    target = np.random.randn(4, 4).astype(np.float32)
    mask = (np.random.rand(4, 4) > 0.25).astype(np.float32)
    target[mask == 0] = np.nan
    return GRUForecaster(), (history, Tensor(target), Tensor(mask))
