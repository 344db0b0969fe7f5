# case: loss mixin creating a frozen latitude-weight Parameter in a helper and guarding it with getattr(self, "lat_w", None), summing per-pressure-level losses over a CellList of level heads -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

PRESSURE_LEVELS = (500, 700, 850)


class LossMixin:
    def _init_lat_weights(self, n_lat):
        lat = np.deg2rad(np.linspace(-88.0, 88.0, n_lat))
        w = np.cos(lat) / np.cos(lat).mean()
        self.lat_w = Parameter(Tensor(w.astype(np.float32)).reshape(1, 1, n_lat, 1), name="lat_w", requires_grad=False)

    def weighted_mse(self, pred, target):
        err = ops.square(pred - target)
        w = getattr(self, "lat_w", None)
        if w is not None:
            err = err * w
        return err.mean()


class LevelConfig:
    def __init__(self, hidden=8, n_lat=10, level_weights=None, use_lat_weights=True):
        self.hidden = hidden
        self.n_lat = n_lat
        self.level_weights = level_weights or {p: 1.0 for p in PRESSURE_LEVELS}
        self.use_lat_weights = use_lat_weights


class MultiLevelLoss(nn.Cell, LossMixin):
    def __init__(self, config):
        super().__init__()
        if config.use_lat_weights:
            self._init_lat_weights(config.n_lat)
        self.heads = nn.CellList([nn.Conv2d(config.hidden, 1, 1) for _ in PRESSURE_LEVELS])
        self.level_w = tuple(config.level_weights[p] for p in PRESSURE_LEVELS)

    def construct(self, h, targets):
        total = 0.0
        for k, (head, w) in enumerate(zip(self.heads, self.level_w)):
            total = total + w * self.weighted_mse(head(h), targets[:, k:k + 1])
        return total / len(self.level_w)


def make():
    np.random.seed(3690)
    cfg = LevelConfig(level_weights={500: 1.0, 700: 0.7, 850: 0.5})
    net = MultiLevelLoss(cfg)
    h = Tensor(np.random.randn(2, cfg.hidden, cfg.n_lat, 20).astype(np.float32))
    tg = Tensor(np.random.randn(2, len(PRESSURE_LEVELS), cfg.n_lat, 20).astype(np.float32))
    return net, (h, tg)
