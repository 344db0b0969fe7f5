# case: SR upsampler accepts an int or (sh, sw) tuple scale normalised with isinstance in __init__ and construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def to_pair(v):
    if isinstance(v, (tuple, list)):
        return int(v[0]), int(v[1])
    return int(v), int(v)


class AnisotropicUpsampler(nn.Cell):
    def __init__(self, channels=3, scale=(2, 3), feats=8, mode="bicubic"):
        super().__init__()
        self.scale = to_pair(scale)
        self.mode = mode
        self.refine = nn.SequentialCell([
            nn.Conv2d(channels, feats, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(feats, channels, 3, pad_mode="same"),
        ])

    def construct(self, lr, out_size=None):
        if out_size is None:
            sh, sw = self.scale
            out_size = (lr.shape[2] * sh, lr.shape[3] * sw)
        elif isinstance(out_size, int):
            out_size = (out_size, out_size)
        up = ops.interpolate(lr, size=out_size, mode="bilinear" if self.mode != "bicubic" else "bicubic",
                             align_corners=False)
        return up + self.refine(up)


def make():
    np.random.seed(32)
    lr = Tensor(np.random.rand(1, 3, 5, 4).astype(np.float32))
    return AnisotropicUpsampler(), (lr,)
