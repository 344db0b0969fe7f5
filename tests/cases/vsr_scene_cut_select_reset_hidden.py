# case: recurrent VSR that zeroes the hidden state on scene cuts using ops.select with a broadcast cut mask -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CutAwarePropagator(nn.Cell):
    def __init__(self, ch=3, mid=6, cut_thresh=0.3):
        super().__init__()
        self.mid = mid
        self.cut_thresh = cut_thresh
        self.cell = nn.Conv2d(ch + mid, mid, 3, pad_mode="same")
        self.act = nn.LeakyReLU(0.1)

    def is_cut(self, prev, cur):
        score = ops.abs(cur - prev).mean(axis=(1, 2, 3), keep_dims=True)
        return score > self.cut_thresh

    def construct(self, frames):
        b, t, c, h, w = frames.shape
        hidden = ops.zeros((b, self.mid, h, w), frames.dtype)
        outs = []
        for i in range(t):
            if i > 0:
                cut = self.is_cut(frames[:, i - 1], frames[:, i])
                cut = ops.broadcast_to(cut, hidden.shape)
                hidden = ops.select(cut, ops.zeros_like(hidden), hidden)
            hidden = self.act(self.cell(ops.cat((frames[:, i], hidden), axis=1)))
            outs.append(hidden)
        return ops.stack(outs, axis=1)


def make():
    np.random.seed(3)
    x = np.random.rand(2, 5, 3, 6, 6).astype(np.float32) * 0.2
    x[:, 2:] += 0.7
    return CutAwarePropagator(), (Tensor(x),)
