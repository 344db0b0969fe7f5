# case: pruning-aware BN block gathers only the alive channels, found with ops.nonzero on the |gamma| > eps mask inside a helper, before the channel-wise pooling -> expected dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GAMMA_EPS = 1e-2


def alive_channel_index(gamma, eps=GAMMA_EPS):
    return ops.nonzero(ops.abs(gamma) > eps).reshape(-1)


class SlimmableBlock(nn.Cell):
    def __init__(self, in_ch=4, out_ch=8, drop_dead=True):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, pad_mode="same", has_bias=False)
        self.bn = nn.BatchNorm2d(out_ch)
        self.drop_dead = drop_dead
        g = np.random.randn(out_ch).astype(np.float32)
        g[::3] = 0.0
        self.bn.gamma.set_data(Tensor(g))

    def construct(self, x):
        y = ops.relu(self.bn(self.conv(x)))
        if self.drop_dead:
            idx = alive_channel_index(self.bn.gamma)
            y = ops.gather(y, idx, 1)
        return y.mean(axis=(2, 3))


def make():
    np.random.seed(3789)
    cell = SlimmableBlock()
    cell.set_train(False)
    x = Tensor(np.random.randn(2, 4, 6, 6).astype(np.float32))
    return cell, (x,)
