# case: Conv1d network over duct pressure profiles outputs a per-segment leak probability -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DuctLeakConvNet(nn.Cell):
    def __init__(self, n_channels=2, width=12, kernel=3):
        super().__init__()
        self.conv1 = nn.Conv1d(n_channels, width, kernel, pad_mode="same")
        self.conv2 = nn.Conv1d(width, width, kernel, pad_mode="same")
        self.out = nn.Conv1d(width, 1, 1)
        self.act = nn.GELU()

    def construct(self, pressures):
        x = pressures - pressures.mean(axis=-1, keep_dims=True)
        h = self.act(self.conv1(x))
        h = self.act(self.conv2(h)) + h
        logits = self.out(h).squeeze(1)
        return ops.sigmoid(logits)


def make():
    np.random.seed(35)
    net = DuctLeakConvNet()
    p = Tensor((150.0 + np.random.randn(3, 2, 16)).astype(np.float32))
    return net, (p,)
