# case: keypoint head converts heatmaps to sub-pixel coordinates with a soft-argmax over coordinate grids built from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftArgmax2d(nn.Cell):
    def __init__(self, beta=10.0, normalize=True):
        super().__init__()
        self.beta = beta
        self.normalize = normalize

    def _grids(self, h, w):
        xs = ops.arange(w, dtype=ms.float32)
        ys = ops.arange(h, dtype=ms.float32)
        if self.normalize:
            xs = xs / max(w - 1, 1)
            ys = ys / max(h - 1, 1)
        return xs, ys

    def construct(self, heatmaps):
        n, k, h, w = heatmaps.shape
        prob = ops.softmax(heatmaps.reshape(n, k, -1) * self.beta, axis=-1).reshape(n, k, h, w)
        xs, ys = self._grids(h, w)
        x = (prob.sum(axis=2) * xs).sum(axis=-1)
        y = (prob.sum(axis=3) * ys).sum(axis=-1)
        conf = heatmaps.reshape(n, k, -1).max(axis=-1)
        return ops.stack([x, y], axis=-1), conf


class KeypointHead(nn.Cell):
    def __init__(self, in_ch=8, num_kpts=5):
        super().__init__()
        self.deconv = nn.Conv2dTranspose(in_ch, in_ch, 2, stride=2, has_bias=True)
        self.final = nn.Conv2d(in_ch, num_kpts, 1, has_bias=True)
        self.decode = SoftArgmax2d()

    def construct(self, feat):
        return self.decode(self.final(ops.relu(self.deconv(feat))))


def make():
    np.random.seed(40)
    ms.set_seed(40)
    feat = Tensor(np.random.randn(2, 8, 6, 6).astype(np.float32))
    return KeypointHead(), (feat,)
