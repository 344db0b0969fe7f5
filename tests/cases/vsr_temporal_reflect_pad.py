# case: pads a clip temporally by reflecting the first/last frames (static slices and flip) before sliding-window fusion over shape-derived windows -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlidingWindowVSR(nn.Cell):
    def __init__(self, radius=1, mid=6):
        super().__init__()
        self.radius = radius
        self.fuse = nn.Conv2d(3 * (2 * radius + 1), mid, 3, pad_mode="same")
        self.out = nn.Conv2d(mid, 3, 3, pad_mode="same")

    def temporal_pad(self, clip):
        r = self.radius
        head = ops.flip(clip[1:r + 1], dims=(0,))
        tail = ops.flip(clip[-r - 1:-1], dims=(0,))
        return ops.cat((head, clip, tail), axis=0)

    def construct(self, clip):
        # clip: (T, C, H, W)
        t, c, h, w = clip.shape
        padded = self.temporal_pad(clip)
        win = 2 * self.radius + 1
        outs = []
        for i in range(t):
            window = padded[i:i + win].reshape(1, win * c, h, w)
            outs.append(self.out(ops.relu(self.fuse(window))) + clip[i:i + 1])
        return ops.cat(outs, axis=0)


def make():
    np.random.seed(29)
    clip = Tensor(np.random.rand(5, 3, 6, 6).astype(np.float32))
    return SlidingWindowVSR(), (clip,)
