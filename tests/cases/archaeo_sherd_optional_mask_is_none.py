# case: sherd segmentation pooling takes an optional foreground mask and tests it with `is None` before multiplying it in -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedGlobalPool(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, feat, mask=None):
        if mask is None:
            return feat.mean(axis=(2, 3))
        m = mask.astype(feat.dtype)
        num = (feat * m).sum(axis=(2, 3))
        den = m.sum(axis=(2, 3)) + self.eps
        return num / den


class SherdEmbedder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 6, 3, pad_mode="same")
        self.pool = MaskedGlobalPool()

    def construct(self, img, fg_mask):
        f = ops.relu(self.conv(img))
        return self.pool(f, fg_mask), self.pool(f)


def make():
    np.random.seed(35)
    img = Tensor(np.random.rand(2, 3, 12, 12).astype(np.float32))
    mask = Tensor((np.random.rand(2, 1, 12, 12) > 0.4).astype(np.float32))
    return SherdEmbedder(), (img, mask)
