# case: checkerboard coupling that finds masked pixel positions with ops.nonzero on the mask and gathers them with gather_nd -> dynamic-shape nonzero in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CheckerboardCoupling(nn.Cell):
    def __init__(self, channels, hidden=8):
        super().__init__()
        self.net = nn.SequentialCell(
            nn.Conv2d(channels, hidden, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(hidden, channels, 3, pad_mode="same"))

    def construct(self, x, mask):
        x_in = x * mask
        shift = self.net(x_in) * (1 - mask)
        y = x + shift
        idx = ops.nonzero(mask[0, 0])
        y_img = y.transpose(2, 3, 0, 1)
        active = ops.gather_nd(y_img, idx)
        return y, active.mean()


def make():
    np.random.seed(14)
    hh, ww = 6, 6
    board = ((np.arange(hh)[:, None] + np.arange(ww)[None, :]) % 2).astype(np.float32)
    mask = Tensor(board[None, None].repeat(2, axis=1))
    x = Tensor(np.random.randn(2, 2, hh, ww).astype(np.float32))
    return CheckerboardCoupling(2), (x, mask)
