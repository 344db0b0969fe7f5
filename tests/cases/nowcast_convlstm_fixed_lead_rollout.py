# case: ConvLSTM encoder-forecaster rollout over a fixed number of lead steps set in the constructor, frames collected in a list and stacked -> static shapes
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


class Nowcaster(nn.Cell):
    def __init__(self, hid_ch=4, lead_steps=3):
        super().__init__()
        self.cell = ConvLSTMCell(1, hid_ch)
        self.head = nn.Conv2d(hid_ch, 1, 1)
        self.hid_ch = hid_ch
        self.lead_steps = lead_steps

    def construct(self, history):
        # history: (B, T, 1, H, W)
        b, t, _, hh, ww = history.shape
        h = ops.zeros((b, self.hid_ch, hh, ww), ms.float32)
        c = ops.zeros((b, self.hid_ch, hh, ww), ms.float32)
        for i in range(t):
            h, c = self.cell(history[:, i], h, c)
        x = self.head(h)
        outputs = []
        for _ in range(self.lead_steps):
            h, c = self.cell(x, h, c)
            x = self.head(h)
            outputs.append(x)
        return ops.stack(outputs, axis=1)


def make():
    np.random.seed(102)
    hist = Tensor(np.random.rand(1, 4, 1, 8, 8).astype(np.float32))
    return Nowcaster(), (hist,)
