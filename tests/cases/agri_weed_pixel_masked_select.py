# case: selects reflectance values of pixels classified as weed with masked_select and averages them -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeedReflectanceStats(nn.Cell):
    def __init__(self, weed_threshold=0.6):
        super().__init__()
        self.weed_threshold = weed_threshold
        self.sigmoid = nn.Sigmoid()

    def weed_mask(self, logits):
        return self.sigmoid(logits) > self.weed_threshold

    def construct(self, logits, nir):
        mask = self.weed_mask(logits)
        weed_nir = ops.masked_select(nir, mask)
        total = weed_nir.sum()
        count = weed_nir.shape[0]
        return total / (count + 1e-6)


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(16, 16).astype(np.float32))
    nir = Tensor(np.random.rand(16, 16).astype(np.float32))
    return WeedReflectanceStats(), (logits, nir)
