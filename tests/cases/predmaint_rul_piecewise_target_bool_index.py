# case: RUL regression loss that only scores degraded cycles selected with a boolean-mask index -> dynamic shape at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RULHead(nn.Cell):
    def __init__(self, in_features=8, hidden=16):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(in_features, hidden), nn.ReLU()])
        self.out = nn.Dense(hidden, 1)

    def construct(self, feats):
        return self.out(self.body(feats)).squeeze(-1)


class PiecewiseRULLoss(nn.Cell):
    """Piecewise-linear RUL target capped at `max_rul`; only the degraded part counts."""

    def __init__(self, head, max_rul=125.0, only_degraded=True):
        super().__init__()
        self.head = head
        self.max_rul = max_rul
        self.only_degraded = only_degraded

    def _target(self, cycles_left):
        return ops.minimum(cycles_left, ops.full_like(cycles_left, self.max_rul))

    def construct(self, feats, cycles_left):
        pred = self.head(feats)
        target = self._target(cycles_left)
        if self.only_degraded:
            keep = cycles_left < self.max_rul
            pred, target = pred[keep], target[keep]
        err = pred - target
        return (err * err).mean()


def make():
    np.random.seed(11)
    feats = np.random.randn(10, 8).astype(np.float32)
    cycles = np.array([200, 180, 150, 126, 120, 90, 60, 30, 10, 1], dtype=np.float32)
    return PiecewiseRULLoss(RULHead()), (Tensor(feats), Tensor(cycles))
