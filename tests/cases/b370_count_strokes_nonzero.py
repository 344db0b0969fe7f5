# case: online-handwriting feature extractor counts strokes per sample from pen-up flags with ops.nonzero inside a mixin helper -> nonzero has a data-dependent number of rows, expect dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureConfig:
    hidden_size = 16
    add_stroke_count = True


class StrokeCountMixin:
    def stroke_count(self, pen_up):
        ends = ops.nonzero(pen_up > 0.5)
        per_sample = ops.zeros((pen_up.shape[0],), ms.float32)
        ones = ops.ones((ends.shape[0],), ms.float32)
        return ops.tensor_scatter_add(per_sample, ends[:, :1], ones)


class HandwritingFeatures(nn.Cell, StrokeCountMixin):
    def __init__(self, config):
        super().__init__()
        self.add_stroke_count = config.add_stroke_count
        self.proj = nn.Dense(3, config.hidden_size)

    def construct(self, ink):
        feats = self.proj(ink).mean(axis=1)
        if self.add_stroke_count:
            count = self.stroke_count(ink[..., 2])
            feats = ops.concat((feats, count.expand_dims(-1)), axis=-1)
        return feats


def make():
    np.random.seed(3704)
    xy = np.random.randn(4, 32, 2).astype(np.float32)
    pen = (np.random.rand(4, 32, 1) > 0.85).astype(np.float32)
    ink = Tensor(np.concatenate([xy, pen], axis=-1))
    return HandwritingFeatures(FeatureConfig()), (ink,)
