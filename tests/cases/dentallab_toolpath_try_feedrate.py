# case: milling feedrate planner wraps the curvature-based feed computation in try/except to fall back to a safe feed -> graph mode should reject try/except in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedratePlanner(nn.Cell):
    def __init__(self, max_feed=1500.0, safe_feed=400.0):
        super().__init__()
        self.max_feed = max_feed
        self.safe_feed = safe_feed

    def curvature(self, path):
        d1 = path[1:-1] - path[:-2]
        d2 = path[2:] - 2 * path[1:-1] + path[:-2]
        return ops.norm(d2, dim=-1) / (ops.norm(d1, dim=-1) ** 2 + 1e-6)

    def construct(self, path):
        try:
            k = self.curvature(path)
            feed = self.max_feed / (1.0 + 50.0 * k)
        except ValueError:
            feed = ops.fill(ms.float32, (path.shape[0] - 2,), self.safe_feed)
        return ops.clamp(feed, self.safe_feed, self.max_feed)


def make():
    np.random.seed(330)
    t = np.linspace(0, 4 * np.pi, 200)
    path = np.stack([np.cos(t) * 3, np.sin(t) * 3, t * 0.05], 1).astype(np.float32)
    return FeedratePlanner(), (Tensor(path),)
