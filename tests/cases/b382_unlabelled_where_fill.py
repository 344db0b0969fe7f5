# case: segmentation-style output head fills logits of unlabelled (background) pixels with a constant via three-argument ops.where and averages only over labelled ones -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BACKGROUND = 0
FILL_VALUE = -1e4


class SegHeadConfig:
    def __init__(self, num_bands=12, num_classes=5, background=BACKGROUND, mask_background=True):
        self.num_bands = num_bands
        self.num_classes = num_classes
        self.background = background
        self.mask_background = mask_background


class PixelwiseHead(nn.Conv2d):
    """1x1 conv classifier over a scene; background pixels are filled, not removed."""

    def __init__(self, config, **kwargs):
        super().__init__(config.num_bands, config.num_classes, kernel_size=1, has_bias=True, **kwargs)
        self.background = config.background
        self.mask_background = config.mask_background

    def construct(self, scene, gt=None):
        logits = super().construct(scene)
        if gt is None or not self.mask_background:
            return logits, None
        valid = (gt != self.background).expand_dims(1)
        valid = ops.broadcast_to(valid, logits.shape)
        filled = ops.where(valid, logits, ops.full_like(logits, FILL_VALUE))
        score = (ops.softmax(filled, 1).max(axis=1) * valid[:, 0].astype(logits.dtype)).sum()
        return filled, score / ops.maximum(valid[:, 0].astype(logits.dtype).sum(), 1.0)


def make():
    np.random.seed(3852)
    cfg = SegHeadConfig()
    scene = Tensor(np.random.rand(1, cfg.num_bands, 8, 8).astype(np.float32))
    gt = Tensor(np.random.randint(0, cfg.num_classes, (1, 8, 8)).astype(np.int32))
    return PixelwiseHead(cfg), (scene, gt)
