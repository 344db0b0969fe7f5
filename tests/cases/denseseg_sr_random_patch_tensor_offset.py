# case: SR training step crops aligned LR/HR patches at random offsets drawn with ops.randint inside construct -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SRNet(nn.Cell):
    def __init__(self, ch=8, scale=2):
        super().__init__()
        self.head = nn.Conv2d(3, ch, 3, pad_mode="same")
        self.up = nn.Conv2d(ch, 3 * scale * scale, 3, pad_mode="same")
        self.shuffle = nn.PixelShuffle(scale)

    def construct(self, x):
        return self.shuffle(self.up(ops.relu(self.head(x))))


class PatchTrainStep(nn.Cell):
    def __init__(self, patch=8, scale=2):
        super().__init__()
        self.net = SRNet(scale=scale)
        self.patch = patch
        self.scale = scale
        self.l1 = nn.L1Loss()

    def random_crop(self, lr, hr):
        h, w = lr.shape[-2:]
        top = ops.randint(0, h - self.patch + 1, (1,))[0]
        left = ops.randint(0, w - self.patch + 1, (1,))[0]
        lr_p = lr[:, :, top:top + self.patch, left:left + self.patch]
        ht, hl, hp = top * self.scale, left * self.scale, self.patch * self.scale
        hr_p = hr[:, :, ht:ht + hp, hl:hl + hp]
        return lr_p, hr_p

    def construct(self, lr, hr):
        lr_p, hr_p = self.random_crop(lr, hr)
        return self.l1(self.net(lr_p), hr_p)


def make():
    np.random.seed(21)
    lr = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    hr = Tensor(np.random.rand(1, 3, 32, 32).astype(np.float32))
    return PatchTrainStep(), (lr, hr)
