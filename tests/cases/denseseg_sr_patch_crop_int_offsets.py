# case: SR patch crop where the dataloader passes crop offsets as plain Python ints to construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResBlock(nn.Cell):
    def __init__(self, ch, res_scale=0.1):
        super().__init__()
        self.body = nn.SequentialCell([nn.Conv2d(ch, ch, 3, pad_mode="same"), nn.ReLU(),
                                       nn.Conv2d(ch, ch, 3, pad_mode="same")])
        self.res_scale = res_scale

    def construct(self, x):
        return x + self.body(x) * self.res_scale


class CroppedSRLoss(nn.Cell):
    def __init__(self, ch=8, scale=2, patch=6):
        super().__init__()
        self.head = nn.Conv2d(3, ch, 3, pad_mode="same")
        self.block = ResBlock(ch)
        self.tail = nn.Conv2d(ch, 3 * scale ** 2, 3, pad_mode="same")
        self.scale = scale
        self.patch = patch

    def construct(self, lr, hr, top, left):
        p, s = self.patch, self.scale
        lr_p = lr[:, :, top:top + p, left:left + p]
        hr_p = hr[:, :, top * s:(top + p) * s, left * s:(left + p) * s]
        sr = ops.pixel_shuffle(self.tail(self.block(self.head(lr_p))), s)
        return ops.abs(sr - hr_p).mean()


def make():
    np.random.seed(22)
    rng = np.random.RandomState(22)
    lr = Tensor(rng.rand(1, 3, 12, 12).astype(np.float32))
    hr = Tensor(rng.rand(1, 3, 24, 24).astype(np.float32))
    top, left = int(rng.randint(0, 6)), int(rng.randint(0, 6))
    return CroppedSRLoss(), (lr, hr, top, left)
