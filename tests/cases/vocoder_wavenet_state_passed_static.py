# case: WaveNet dilated causal stack stepping one sample with explicit per-layer state tensors in/out -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StepLayer(nn.Cell):
    def __init__(self, channels, dilation, kernel_size=2):
        super().__init__()
        self.state_len = (kernel_size - 1) * dilation
        self.filt = nn.Conv1d(channels, channels, kernel_size, dilation=dilation, pad_mode="valid")
        self.gate = nn.Conv1d(channels, channels, kernel_size, dilation=dilation, pad_mode="valid")
        self.skip = nn.Conv1d(channels, channels, 1)

    def construct(self, x, state):
        window = ops.concat((state, x), axis=2)
        h = ops.tanh(self.filt(window)) * ops.sigmoid(self.gate(window))
        new_state = window[:, :, -self.state_len:]
        return x + h, self.skip(h), new_state


class WaveNetStep(nn.Cell):
    def __init__(self, channels=8, dilations=(1, 2, 4, 8)):
        super().__init__()
        self.layers = nn.CellList([StepLayer(channels, d) for d in dilations])
        self.out = nn.Conv1d(channels, 4, 1)

    def construct(self, x, states):
        skips = 0
        new_states = ()
        for i, layer in enumerate(self.layers):
            x, s, st = layer(x, states[i])
            skips = skips + s
            new_states = new_states + (st,)
        return self.out(ops.relu(skips)), new_states


def make():
    np.random.seed(6)
    ch = 8
    x = Tensor(np.random.randn(1, ch, 1).astype(np.float32))
    states = tuple(Tensor(np.zeros((1, ch, d), np.float32)) for d in (1, 2, 4, 8))
    return WaveNetStep(channels=ch), (x, states)
