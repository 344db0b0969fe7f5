# case: encode skier trajectories with a stack of 1-D conv blocks held in nn.CellList and looped in construct -> loop over a fixed CellList, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, c_in, c_out):
        super().__init__()
        self.conv = nn.Conv1d(c_in, c_out, 3, pad_mode="same")
        self.bn = nn.BatchNorm1d(c_out)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


class TrajectoryEncoder(nn.Cell):
    def __init__(self, channels=(2, 8, 16, 16), n_classes=4):
        super().__init__()
        self.blocks = nn.CellList([ConvBlock(a, b) for a, b in zip(channels[:-1], channels[1:])])
        self.head = nn.Dense(channels[-1], n_classes)

    def construct(self, track):
        h = track
        for blk in self.blocks:
            h = blk(h)
        h = h.mean(axis=2)
        return self.head(h)


def make():
    np.random.seed(202)
    t = np.cumsum(np.random.randn(3, 2, 40), axis=2).astype(np.float32)
    net = TrajectoryEncoder()
    net.set_train(False)
    return net, (Tensor(t),)
