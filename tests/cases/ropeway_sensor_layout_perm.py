# case: re-order the (time, tower, channel) sensor cube into the layout requested by a tensor permutation code before a conv -> transpose perm from tensor values, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TowerConvEncoder(nn.Cell):
    def __init__(self, n_channels=3, hidden=8):
        super().__init__()
        self.conv = nn.Conv1d(n_channels, hidden, kernel_size=5, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, cube, layout):
        perm = (int(layout[0]), int(layout[1]), int(layout[2]))
        x = ops.transpose(cube, perm)          # -> (tower, channel, time)
        feats = self.act(self.conv(x))
        return feats.mean(axis=-1)


def make():
    np.random.seed(91)
    cube = np.random.randn(64, 7, 3).astype(np.float32)
    return TowerConvEncoder(), (Tensor(cube), Tensor(np.array([1, 2, 0], np.int32)))
