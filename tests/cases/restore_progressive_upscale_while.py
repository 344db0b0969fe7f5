# case: progressive SR keeps doubling resolution in a while loop until the output reaches a target size given as a tensor -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UpStage(nn.Cell):
    def __init__(self, feats=8):
        super().__init__()
        self.conv = nn.Conv2d(feats, feats * 4, 3, pad_mode="same")
        self.shuffle = nn.PixelShuffle(2)
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        return self.act(self.shuffle(self.conv(x)))


class ProgressiveSR(nn.Cell):
    def __init__(self, channels=3, feats=8):
        super().__init__()
        self.head = nn.Conv2d(channels, feats, 3, pad_mode="same")
        self.stage = UpStage(feats)
        self.tail = nn.Conv2d(feats, channels, 3, pad_mode="same")

    def construct(self, lr, target_size):
        f = self.head(lr)
        cur = lr.shape[2]
        while cur < target_size:
            f = self.stage(f)
            cur = cur * 2
        return self.tail(f)


def make():
    np.random.seed(14)
    lr = Tensor(np.random.rand(1, 3, 4, 4).astype(np.float32))
    return ProgressiveSR(), (lr, Tensor(16, ms.int32))
