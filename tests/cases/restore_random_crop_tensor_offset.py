# case: training-time SR crops a random LR patch whose offset is drawn with ops.randint inside construct; HR crop uses offset*scale -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomPatchSRLoss(nn.Cell):
    def __init__(self, channels=3, scale=2, patch=4, feats=8):
        super().__init__()
        self.scale = scale
        self.patch = patch
        self.up = nn.SequentialCell([
            nn.Conv2d(channels, channels * scale * scale, 3, pad_mode="same"),
            nn.PixelShuffle(scale),
        ])
        self.loss_fn = nn.L1Loss()

    def random_offsets(self, h, w):
        oy = ops.randint(0, h - self.patch + 1, (1,), seed=3)[0]
        ox = ops.randint(0, w - self.patch + 1, (1,), seed=4)[0]
        return oy, ox

    def construct(self, lr, hr):
        p, s = self.patch, self.scale
        oy, ox = self.random_offsets(lr.shape[2], lr.shape[3])
        lr_patch = lr[:, :, oy:oy + p, ox:ox + p]
        hr_patch = hr[:, :, oy * s:(oy + p) * s, ox * s:(ox + p) * s]
        return self.loss_fn(self.up(lr_patch), hr_patch)


def make():
    np.random.seed(25)
    lr = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    hr = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return RandomPatchSRLoss(), (lr, hr)
