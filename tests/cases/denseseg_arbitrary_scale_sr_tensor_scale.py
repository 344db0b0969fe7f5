# case: arbitrary-scale SR (Meta-SR style) where the upscale factor arrives as a Tensor and sets the interpolate output size via int(float(tensor)) -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureExtractor(nn.Cell):
    def __init__(self, ch=8, n_blocks=2):
        super().__init__()
        self.head = nn.Conv2d(3, ch, 3, pad_mode="same")
        self.blocks = nn.CellList([nn.Conv2d(ch, ch, 3, pad_mode="same") for _ in range(n_blocks)])

    def construct(self, x):
        f = self.head(x)
        for blk in self.blocks:
            f = f + ops.relu(blk(f))
        return f


class ArbitraryScaleSR(nn.Cell):
    def __init__(self, ch=8):
        super().__init__()
        self.encoder = FeatureExtractor(ch)
        self.refine = nn.Conv2d(ch, 3, 3, pad_mode="same")

    def target_size(self, x, scale):
        h = int(round(float(x.shape[2] * scale)))
        w = int(round(float(x.shape[3] * scale)))
        return h, w

    def construct(self, lr, scale):
        feats = self.encoder(lr)
        h, w = self.target_size(lr, scale)
        up = ops.interpolate(feats, size=(h, w), mode="bilinear", align_corners=False)
        base = ops.interpolate(lr, size=(h, w), mode="bilinear", align_corners=False)
        return base + self.refine(up)


def make():
    np.random.seed(35)
    lr = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return ArbitraryScaleSR(), (lr, Tensor(2.5, ms.float32))
