# case: anchor generator caches grid anchors on self the first time a feature-map size is seen, writing self attributes inside construct -> graph mode rejects the attribute write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnchorCfg:
    strides = (8, 16)
    base_sizes = (32, 64)
    use_cache = True


def _grid(h, w, stride):
    ys = ops.arange(0, h, dtype=ms.float32) * stride
    xs = ops.arange(0, w, dtype=ms.float32) * stride
    yy, xx = ops.meshgrid(ys, xs, indexing="ij")
    return ops.stack((xx.reshape(-1), yy.reshape(-1)), axis=1)


class GridAnchorGenerator(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else AnchorCfg()
        self.strides = cfg.strides
        self.base_sizes = cfg.base_sizes
        self.use_cache = cfg.use_cache
        self.cached_anchors = None

    def _level_anchors(self, feat, stride, base):
        h, w = feat.shape[-2:]
        centers = _grid(h, w, stride)
        half = base / 2.0
        return ops.concat((centers - half, centers + half), axis=1)

    def construct(self, feats):
        if self.use_cache and self.cached_anchors is not None:
            return self.cached_anchors
        anchors = tuple(self._level_anchors(f, s, b) for f, s, b in zip(feats, self.strides, self.base_sizes))
        if self.use_cache:
            self.cached_anchors = anchors
        return anchors


def make():
    np.random.seed(3354)
    feats = (Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32)),
             Tensor(np.random.randn(1, 8, 4, 4).astype(np.float32)))
    return GridAnchorGenerator(), (feats,)
