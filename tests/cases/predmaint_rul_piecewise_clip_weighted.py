# case: RUL head with piecewise-capped target and late-life weighting via ops.where (fixed-size masks) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RULRegressor(nn.Cell):
    def __init__(self, in_features=8, hidden=16, max_rul=125.0, late_weight=2.0, use_weights=True):
        super().__init__()
        self.encoder = nn.SequentialCell([
            nn.Dense(in_features, hidden), nn.ReLU(),
            nn.Dense(hidden, hidden), nn.ReLU(),
        ])
        self.head = nn.Dense(hidden, 1)
        self.max_rul = max_rul
        self.late_weight = late_weight
        self.use_weights = use_weights

    def _piecewise_target(self, cycles_left):
        return ops.clamp(cycles_left, 0.0, self.max_rul)

    def _weights(self, target):
        late = target < self.max_rul * 0.25
        return ops.where(late, ops.full_like(target, self.late_weight), ops.ones_like(target))

    def construct(self, feats, cycles_left):
        pred = self.head(self.encoder(feats)).squeeze(-1)
        target = self._piecewise_target(cycles_left)
        err = (pred - target) ** 2
        if self.use_weights:
            w = self._weights(target)
            return (err * w).sum() / w.sum()
        return err.mean()


def make():
    np.random.seed(12)
    feats = np.random.randn(10, 8).astype(np.float32)
    cycles = np.linspace(200, 0, 10).astype(np.float32)
    return RULRegressor(), (Tensor(feats), Tensor(cycles))
