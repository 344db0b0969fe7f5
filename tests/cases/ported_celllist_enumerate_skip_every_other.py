# case: encoder iterates a CellList with enumerate, adds residuals every other layer and uses len(self.layers) for the final norm -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, channels, kernel_size=3):
        super().__init__()
        self.conv = nn.Conv1d(channels, channels, kernel_size, pad_mode="same")
        self.norm = nn.BatchNorm1d(channels)

    def construct(self, x):
        return ops.relu(self.norm(self.conv(x)))


class ResidualConvStack(nn.Cell):
    def __init__(self, channels=8, num_layers=4, residual_every=2, final_scale=True):
        super().__init__()
        self.layers = nn.CellList([ConvBlock(channels) for _ in range(num_layers)])
        self.residual_every = residual_every
        self.final_scale = final_scale

    def construct(self, x):
        skip = x
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if (i + 1) % self.residual_every == 0:
                x = x + skip
                skip = x
        if self.final_scale:
            x = x / len(self.layers)
        return x.permute(0, 2, 1)


def make():
    np.random.seed(25)
    x = np.random.randn(2, 8, 10).astype(np.float32)
    net = ResidualConvStack()
    net.set_train(False)
    return net, (Tensor(x),)
