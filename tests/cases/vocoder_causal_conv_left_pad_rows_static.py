# case: dilated causal conv stack with explicit left padding, shape check raising on too-short input, per-item loop over batch rows -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalConv1d(nn.Cell):
    def __init__(self, cin, cout, kernel_size=3, dilation=1):
        super().__init__()
        self.left = (kernel_size - 1) * dilation
        self.conv = nn.Conv1d(cin, cout, kernel_size, dilation=dilation, pad_mode="valid")

    def construct(self, x):
        return self.conv(ops.pad(x, (self.left, 0)))


class CausalStack(nn.Cell):
    def __init__(self, channels=4, dilations=(1, 2, 4), min_len=8):
        super().__init__()
        self.layers = nn.CellList([CausalConv1d(channels, channels, 3, d) for d in dilations])
        self.min_len = min_len

    def construct(self, x):
        if x.shape[-1] < self.min_len:
            raise ValueError("input shorter than receptive field")
        for layer in self.layers:
            x = x + ops.tanh(layer(x))
        energies = []
        for item in x:
            energies.append((item * item).mean())
        return x, ops.stack(energies)


def make():
    np.random.seed(38)
    x = np.random.randn(3, 4, 16).astype(np.float32)
    return CausalStack(), (Tensor(x),)
