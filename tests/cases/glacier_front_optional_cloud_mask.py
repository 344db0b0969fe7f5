# case: front segmentation takes an optional cloud mask and tests it with `is None` before multiplying it in -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontSegmenter(nn.Cell):
    def __init__(self, bands=3):
        super().__init__()
        self.enc = nn.Conv2d(bands, 4, 3, pad_mode="same")
        self.dec = nn.Conv2d(4, 1, 1)
        self.act = nn.ReLU()

    def construct(self, img, cloud_mask=None):
        logits = self.dec(self.act(self.enc(img)))
        if cloud_mask is None:
            return ops.sigmoid(logits)
        clear = 1.0 - cloud_mask
        return ops.sigmoid(logits) * clear


def make():
    np.random.seed(37)
    img = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return FrontSegmenter(), (img, None)
