# case: BasicVSR-style recurrent propagation looping over the frame axis taken from x.shape -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResBlock(nn.Cell):
    def __init__(self, ch):
        super().__init__()
        self.conv1 = nn.Conv2d(ch, ch, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(ch, ch, 3, pad_mode="same")
        self.relu = nn.ReLU()

    def construct(self, x):
        return x + self.conv2(self.relu(self.conv1(x)))


class RecurrentVSR(nn.Cell):
    def __init__(self, in_ch=3, mid_ch=8):
        super().__init__()
        self.mid_ch = mid_ch
        self.fuse = nn.Conv2d(in_ch + mid_ch, mid_ch, 3, pad_mode="same")
        self.body = ResBlock(mid_ch)
        self.to_rgb = nn.Conv2d(mid_ch, in_ch, 3, pad_mode="same")

    def construct(self, frames):
        b, t, c, h, w = frames.shape
        hidden = ops.zeros((b, self.mid_ch, h, w), ms.float32)
        outs = []
        for i in range(t):
            feat = ops.cat((frames[:, i], hidden), axis=1)
            hidden = self.body(self.fuse(feat))
            outs.append(self.to_rgb(hidden) + frames[:, i])
        return ops.stack(outs, axis=1)


def make():
    np.random.seed(0)
    x = Tensor(np.random.rand(1, 4, 3, 8, 8).astype(np.float32))
    return RecurrentVSR(), (x,)
