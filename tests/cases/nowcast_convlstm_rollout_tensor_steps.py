# case: ConvLSTM rollout whose number of steps comes from a tensor, appending frames to a list in a while loop and stacking -> list length depends on tensor, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvLSTMCell(nn.Cell):
    def __init__(self, in_ch, hid_ch, k=3):
        super().__init__()
        self.hid_ch = hid_ch
        self.conv = nn.Conv2d(in_ch + hid_ch, 4 * hid_ch, k, pad_mode="same")

    def construct(self, x, h, c):
        gates = self.conv(ops.concat((x, h), axis=1))
        i, f, o, g = ops.split(gates, self.hid_ch, axis=1)
        c = ops.sigmoid(f) * c + ops.sigmoid(i) * ops.tanh(g)
        h = ops.sigmoid(o) * ops.tanh(c)
        return h, c


class Rollout(nn.Cell):
    def __init__(self, hid_ch=4):
        super().__init__()
        self.cell = ConvLSTMCell(1, hid_ch)
        self.head = nn.Conv2d(hid_ch, 1, 1)
        self.hid_ch = hid_ch

    def construct(self, last_frame, n_steps):
        b, _, hh, ww = last_frame.shape
        h = ops.zeros((b, self.hid_ch, hh, ww), ms.float32)
        c = ops.zeros((b, self.hid_ch, hh, ww), ms.float32)
        x = last_frame
        outputs = []
        step = Tensor(0, ms.int32)
        while step < n_steps:
            h, c = self.cell(x, h, c)
            x = self.head(h)
            outputs.append(x)
            step = step + 1
        return ops.stack(outputs, axis=1)


def make():
    np.random.seed(3)
    frame = Tensor(np.random.rand(1, 1, 8, 8).astype(np.float32))
    return Rollout(), (frame, Tensor(3, ms.int32))
