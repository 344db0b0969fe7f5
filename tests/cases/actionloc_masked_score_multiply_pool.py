# case: foreground pooling multiplies a fixed-size float mask into features instead of selecting frames -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedForegroundPool(nn.Cell):
    def __init__(self, channels=24, num_classes=5):
        super().__init__()
        self.att = nn.Dense(channels, 1)
        self.cls = nn.Dense(channels, num_classes)

    def construct(self, feats):
        # feats: (T, C)
        att = ops.sigmoid(self.att(feats))
        mask = (att > att.mean()).astype(feats.dtype)
        denom = ops.clamp(mask.sum(), min=1.0)
        video_feat = (feats * mask).sum(axis=0) / denom
        return self.cls(video_feat)


def make():
    np.random.seed(31)
    feats = Tensor(np.random.randn(20, 24).astype(np.float32))
    return MaskedForegroundPool(), (feats,)
