# case: representation-collapse monitor computing the std of normalized embeddings via .asnumpy() and np.std inside construct -> Graph mode rejects asnumpy in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MonitorConfig:
    def __init__(self, dim=8, track_collapse=True, ema=0.9):
        self.dim = dim
        self.track_collapse = track_collapse
        self.ema = ema


class CollapseMonitorMixin:
    def _collapse_level(self, z):
        zn = z.asnumpy()
        zn = zn / np.linalg.norm(zn, axis=1, keepdims=True)
        std = np.std(zn, axis=0).mean()
        return Tensor(max(0.0, 1.0 - float(std) * np.sqrt(self.dim)), ms.float32)


class ProjectorWithMonitor(nn.Cell, CollapseMonitorMixin):
    def __init__(self, config):
        super().__init__()
        self.dim = config.dim
        self.proj = nn.Dense(config.dim, config.dim)
        self.track_collapse = config.track_collapse

    def construct(self, x):
        z = self.proj(x)
        if self.track_collapse:
            return z, self._collapse_level(z)
        return z, ops.zeros((), ms.float32)


def make():
    np.random.seed(3687)
    cfg = MonitorConfig()
    x = Tensor(np.random.randn(6, cfg.dim).astype(np.float32))
    return ProjectorWithMonitor(cfg), (x,)
