# case: averages NIR reflectance over weed pixels by multiplying with a fixed-size float mask and dividing by the clamped pixel count -> static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeedReflectanceMean(nn.Cell):
    def __init__(self, weed_threshold=0.6):
        super().__init__()
        self.weed_threshold = weed_threshold

    def weed_mask(self, logits):
        return (ops.sigmoid(logits) > self.weed_threshold).astype(ms.float32)

    def construct(self, logits, nir):
        mask = self.weed_mask(logits)
        total = (nir * mask).sum(axis=(1, 2))
        count = ops.clamp(mask.sum(axis=(1, 2)), min=1.0)
        return total / count


def make():
    np.random.seed(30)
    logits = Tensor(np.random.randn(3, 16, 16).astype(np.float32))
    nir = Tensor(np.random.rand(3, 16, 16).astype(np.float32))
    return WeedReflectanceMean(), (logits, nir)
