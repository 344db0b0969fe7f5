# case: augmentation layer adds Gaussian jitter and random scaling to pen coordinates only under `if self.training:`; the cell is run in eval mode -> branch on a Python bool, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class JitterConfig:
    def __init__(self, jitter_std=0.02, scale_range=0.1, augment=True):
        self.jitter_std = jitter_std
        self.scale_range = scale_range
        self.augment = augment


class StrokeAugment(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.jitter_std = config.jitter_std
        self.scale_range = config.scale_range
        self.augment = config.augment

    def _augment(self, xy):
        noise = ops.standard_normal(xy.shape) * self.jitter_std
        scale = 1.0 + (ops.rand((xy.shape[0], 1, 1)) * 2.0 - 1.0) * self.scale_range
        return (xy + noise) * scale

    def construct(self, strokes):
        xy, pen = strokes[..., :2], strokes[..., 2:]
        if self.training and self.augment:
            xy = self._augment(xy)
        return ops.concat((xy, pen), axis=-1)


def make():
    np.random.seed(3724)
    strokes = Tensor(np.random.randn(2, 20, 3).astype(np.float32))
    cell = StrokeAugment(JitterConfig())
    cell.set_train(False)
    return cell, (strokes,)
