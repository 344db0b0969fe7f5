# case: re-order the (time, tower, channel) sensor cube with a fixed permutation and return named features in a dict with string keys -> constant perm and str-keyed dict, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TowerConvEncoder(nn.Cell):
    def __init__(self, n_channels=3, hidden=8, n_layers=2):
        super().__init__()
        layers = []
        c = n_channels
        for _ in range(n_layers):
            layers.append(nn.Conv1d(c, hidden, kernel_size=5, pad_mode="same"))
            c = hidden
        self.convs = nn.CellList(layers)
        self.act = nn.ReLU()

    def construct(self, cube):
        x = ops.transpose(cube, (1, 2, 0))      # -> (tower, channel, time)
        for conv in self.convs:
            x = self.act(conv(x))
        out = {"tower_mean": x.mean(axis=-1), "tower_peak": x.max(axis=-1)}
        return out


def make():
    np.random.seed(91)
    cube = np.random.randn(64, 7, 3).astype(np.float32)
    return TowerConvEncoder(), (Tensor(cube),)
