# case: small PhaseNet-like picker, Conv1d encoder in SequentialCell with softmax over noise/P/S channels and argmax picks -> standard static network, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout, k=7):
        super().__init__()
        self.conv = nn.Conv1d(cin, cout, k, pad_mode="same", has_bias=True)
        self.bn = nn.BatchNorm1d(cout)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


class TinyPhaseNet(nn.Cell):
    def __init__(self, in_channels=3, width=8, n_classes=3):
        super().__init__()
        self.body = nn.SequentialCell([ConvBlock(in_channels, width), ConvBlock(width, width)])
        self.head = nn.Conv1d(width, n_classes, 1, has_bias=True)
        self.softmax = nn.Softmax(axis=1)

    def construct(self, waveform):
        probs = self.softmax(self.head(self.body(waveform)))
        p_pick = ops.argmax(probs[:, 1, :], dim=-1)
        s_pick = ops.argmax(probs[:, 2, :], dim=-1)
        return probs, p_pick, s_pick


def make():
    np.random.seed(41)
    x = np.random.randn(2, 3, 64).astype(np.float32)
    net = TinyPhaseNet()
    net.set_train(False)
    return net, (Tensor(x),)
