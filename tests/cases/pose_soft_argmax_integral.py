# case: integral (soft-argmax) regression over heatmaps with temperature beta and coordinate grids built from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftArgmax2d(nn.Cell):
    def __init__(self, beta=10.0, normalize=True):
        super().__init__()
        self.beta = beta
        self.normalize = normalize
        self.softmax = nn.Softmax(axis=-1)

    def _grid(self, h, w):
        ys = ops.arange(0, h, dtype=ms.float32)
        xs = ops.arange(0, w, dtype=ms.float32)
        if self.normalize:
            ys = ys / (h - 1)
            xs = xs / (w - 1)
        return xs, ys

    def construct(self, heatmaps):
        n, k, h, w = heatmaps.shape
        prob = self.softmax(heatmaps.reshape(n, k, -1) * self.beta).reshape(n, k, h, w)
        xs, ys = self._grid(h, w)
        px = prob.sum(axis=2)
        py = prob.sum(axis=3)
        x = (px * xs).sum(axis=-1)
        y = (py * ys).sum(axis=-1)
        conf = ops.amax(prob.reshape(n, k, -1), axis=-1)
        return ops.stack([x, y], axis=-1), conf


class IntegralPoseHead(nn.Cell):
    def __init__(self, in_channels=32, num_joints=17, beta=10.0):
        super().__init__()
        self.final = nn.Conv2d(in_channels, num_joints, 1, has_bias=True)
        self.decoder = SoftArgmax2d(beta=beta)

    def construct(self, feats):
        return self.decoder(self.final(feats))


def make():
    np.random.seed(1)
    x = Tensor(np.random.randn(2, 32, 16, 12).astype(np.float32))
    return IntegralPoseHead(), (x,)
