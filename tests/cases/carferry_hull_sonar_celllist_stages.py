# case: hull fouling sonar denoiser iterates over a CellList of residual stages using len(self.stages) -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualStage(nn.Cell):
    def __init__(self, ch):
        super().__init__()
        self.conv1 = nn.Conv1d(ch, ch, 5, pad_mode="same")
        self.conv2 = nn.Conv1d(ch, ch, 5, pad_mode="same")
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        return x + self.conv2(self.act(self.conv1(x)))


class SonarDenoiser(nn.Cell):
    def __init__(self, ch=6, n_stages=3):
        super().__init__()
        self.stem = nn.Conv1d(1, ch, 3, pad_mode="same")
        self.stages = nn.CellList([ResidualStage(ch) for _ in range(n_stages)])
        self.out = nn.Conv1d(ch, 1, 1)

    def construct(self, pings):
        x = self.stem(pings)
        for i in range(len(self.stages)):
            x = self.stages[i](x)
        return self.out(x)


def make():
    np.random.seed(27)
    pings = np.random.normal(0, 1, (2, 1, 96)).astype(np.float32)
    return SonarDenoiser(), (Tensor(pings),)
