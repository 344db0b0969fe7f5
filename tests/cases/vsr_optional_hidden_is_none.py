# case: recurrent step that accepts an optional hidden state and builds zeros from the frame shape when it is None -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecurrentStep(nn.Cell):
    def __init__(self, ch=3, mid=8, scale=2):
        super().__init__()
        self.mid = mid
        self.cell = nn.Conv2d(ch + mid, mid, 3, pad_mode="same")
        self.head = nn.Conv2d(mid, ch * scale * scale, 3, pad_mode="same")
        self.ps = nn.PixelShuffle(scale)
        self.scale = scale

    def construct(self, frame, hidden=None):
        b, c, h, w = frame.shape
        if hidden is None:
            hidden = ops.zeros((b, self.mid, h, w), frame.dtype)
        hidden = ops.relu(self.cell(ops.cat((frame, hidden), axis=1)))
        up = ops.interpolate(frame, scale_factor=float(self.scale), mode="nearest",
                             recompute_scale_factor=True)
        return self.ps(self.head(hidden)) + up, hidden


def make():
    np.random.seed(15)
    frame = Tensor(np.random.rand(2, 3, 6, 6).astype(np.float32))
    return RecurrentStep(), (frame,)
