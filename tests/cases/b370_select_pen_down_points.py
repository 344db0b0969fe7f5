# case: sketch normaliser centres pen-down points by zeroing pen-up rows with ops.select and dividing by the mask count (same intent as boolean indexing) -> fixed-shape select, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormConfig:
    def __init__(self, pen_threshold=0.5, eps=1e-5):
        self.pen_threshold = pen_threshold
        self.eps = eps


class PenDownCentering(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pen_threshold = config.pen_threshold
        self.eps = config.eps

    def _pen_down_mask(self, pen):
        down = pen < self.pen_threshold
        return ops.broadcast_to(down.expand_dims(-1), pen.shape + (2,))

    def construct(self, strokes):
        xy, pen = strokes[..., :2], strokes[..., 2]
        mask = self._pen_down_mask(pen)
        kept = ops.select(mask, xy, ops.zeros_like(xy))
        count = mask.astype(ms.float32).sum(axis=1, keepdims=True)
        center = kept.sum(axis=1, keepdims=True) / (count + self.eps)
        return ops.concat((xy - center, pen.expand_dims(-1)), axis=-1)


def make():
    np.random.seed(3723)
    xy = np.random.randn(2, 36, 2).astype(np.float32)
    pen = (np.random.rand(2, 36, 1) > 0.7).astype(np.float32)
    return PenDownCentering(NormConfig()), (Tensor(np.concatenate([xy, pen], -1)),)
