# case: ESPCN-style SR head, pixel shuffle via reshape/transpose with sizes from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pixel_shuffle(x, r):
    b, c, h, w = x.shape
    oc = c // (r * r)
    x = x.reshape(b, oc, r, r, h, w)
    x = x.transpose(0, 1, 4, 2, 5, 3)
    return x.reshape(b, oc, h * r, w * r)


class ESPCNHead(nn.Cell):
    def __init__(self, in_ch=3, feats=16, scale=2):
        super().__init__()
        self.scale = scale
        self.body = nn.SequentialCell([
            nn.Conv2d(in_ch, feats, 5, pad_mode="same"),
            nn.Tanh(),
            nn.Conv2d(feats, feats, 3, pad_mode="same"),
            nn.Tanh(),
        ])
        self.to_sub = nn.Conv2d(feats, in_ch * scale * scale, 3, pad_mode="same")

    def construct(self, lr):
        feat = self.body(lr)
        sub = self.to_sub(feat)
        sr = pixel_shuffle(sub, self.scale)
        base = ops.interpolate(lr, scale_factor=float(self.scale), mode="bilinear",
                               recompute_scale_factor=True)
        return ops.clamp(sr + base, 0.0, 1.0)


def make():
    np.random.seed(0)
    lr = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return ESPCNHead(), (lr,)
