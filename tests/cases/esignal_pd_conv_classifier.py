# case: partial discharge pulse-shape classifier (corona / surface / internal) built from a loop of Conv1d blocks configured by a Python list of channels -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, c_in, c_out):
        super().__init__()
        self.conv = nn.Conv1d(c_in, c_out, kernel_size=5, pad_mode="same")
        self.bn = nn.BatchNorm1d(c_out)
        self.pool = nn.MaxPool1d(kernel_size=2, stride=2)

    def construct(self, x):
        return self.pool(ops.relu(self.bn(self.conv(x))))


class PDPulseClassifier(nn.Cell):
    def __init__(self, channels=(1, 8, 16, 32), n_classes=3, n_samples=256):
        super().__init__()
        self.blocks = nn.CellList([ConvBlock(a, b) for a, b in zip(channels[:-1], channels[1:])])
        feat = channels[-1] * (n_samples // 2 ** (len(channels) - 1))
        self.head = nn.Dense(feat, n_classes)

    def construct(self, pulses):
        x = pulses
        for blk in self.blocks:
            x = blk(x)
        x = x.reshape(x.shape[0], -1)
        return ops.softmax(self.head(x), axis=-1)


def make():
    np.random.seed(211)
    t = np.linspace(0, 1, 256, dtype=np.float32)
    pulses = np.exp(-((t - 0.3) ** 2) / 0.002)[None, None, :] * np.random.rand(4, 1, 1)
    pulses = pulses + np.random.randn(4, 1, 256) * 0.05
    net = PDPulseClassifier()
    net.set_train(False)
    return net, (Tensor(pulses.astype(np.float32)),)
