# case: temporal conv network scores each telemetry tick for highlight likelihood with Conv1d layers and same padding -> static convolution shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalBlock(nn.Cell):
    def __init__(self, in_ch, out_ch, kernel=3):
        super().__init__()
        self.conv = nn.Conv1d(in_ch, out_ch, kernel, pad_mode="same")
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        return self.act(self.conv(x))


class TickHighlightNet(nn.Cell):
    def __init__(self, channels=6, hidden=12):
        super().__init__()
        self.block1 = TemporalBlock(channels, hidden)
        self.block2 = TemporalBlock(hidden, hidden, kernel=5)
        self.score = nn.Conv1d(hidden, 1, 1)

    def construct(self, telemetry):
        x = telemetry.transpose(0, 2, 1)
        x = self.block2(self.block1(x))
        return ops.sigmoid(self.score(x)).squeeze(1)


def make():
    np.random.seed(40)
    tel = Tensor(np.random.randn(2, 40, 6).astype(np.float32))
    return TickHighlightNet(6, 12), (tel,)
