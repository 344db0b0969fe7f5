# case: choose a quadratic or a linear lane model by comparing float() of the visible-row ratio, so the design matrix width depends on data -> error in graph mode (float of tensor / branch shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveLaneFit(nn.Cell):
    def __init__(self, num_rows=10, min_ratio=0.5):
        super().__init__()
        ys = np.linspace(0.2, 1.0, num_rows).astype(np.float32)
        self.ys = Tensor(ys)
        self.min_ratio = min_ratio

    def fit(self, a, xs, w):
        aw = a * w.view(-1, 1)
        ata = ops.matmul(aw.T, a) + 1e-3 * ops.eye(a.shape[1], a.shape[1], ms.float32)
        return ops.matmul(ops.inverse(ata), ops.matmul(aw.T, xs.view(-1, 1))).view(-1)

    def construct(self, xs, visible):
        w = visible.astype(ms.float32)
        ratio = float(w.mean())
        if ratio > self.min_ratio:
            a = ops.stack((self.ys ** 2, self.ys, ops.ones_like(self.ys)), axis=1)
        else:
            a = ops.stack((self.ys, ops.ones_like(self.ys)), axis=1)
        return self.fit(a, xs, w)


def make():
    np.random.seed(42)
    xs = Tensor((0.3 * np.linspace(0.2, 1.0, 10) + 0.4).astype(np.float32))
    vis = Tensor(np.random.rand(10) > 0.3)
    return AdaptiveLaneFit(), (xs, vis)
