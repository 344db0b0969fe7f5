# case: occupancy-grid field logs occupancy statistics via .asnumpy() in a helper only under `if self.training:`; the model runs in eval mode -> static (logging branch never taken)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GridFieldConfig:
    res = 6
    hidden = 16
    ema_decay = 0.95
    log_every = 1


class GridField(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.res = config.res
        self.ema_decay = config.ema_decay
        self._make_grid()
        self.net = nn.SequentialCell([nn.Dense(3, config.hidden), nn.ReLU(), nn.Dense(config.hidden, 1)])

    def _make_grid(self):
        self.occ = Parameter(Tensor(np.zeros(self.res ** 3, np.float32)), name="occ", requires_grad=False)

    def _log_stats(self, sigma):
        frac = float((sigma.asnumpy() > 0.01).mean())
        print("occupied fraction", frac)

    def construct(self, pts):
        sigma = ops.softplus(self.net(pts)).squeeze(-1)
        if self.training:
            self._log_stats(sigma)
        cell = ops.clamp(((pts + 1.0) * 0.5 * self.res).astype(ms.int32), 0, self.res - 1)
        flat = cell[:, 0] * self.res * self.res + cell[:, 1] * self.res + cell[:, 2]
        grid_val = ops.gather(self.occ, flat, 0)
        return sigma, self.ema_decay * grid_val + (1.0 - self.ema_decay) * sigma


def make():
    np.random.seed(120)
    pts = np.random.uniform(-1, 1, (30, 3)).astype(np.float32)
    field = GridField(GridFieldConfig())
    field.set_train(False)
    return field, (Tensor(pts),)
