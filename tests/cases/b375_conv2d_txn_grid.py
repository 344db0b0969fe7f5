# case: hour-of-week activity grid encoder subclasses nn.Conv2d with a masked construct and pools with shapes taken from x.shape -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DAYS, HOURS = 7, 24


class MaskedGridConv(nn.Conv2d):
    def __init__(self, in_channels, out_channels, kernel_size=3, **kwargs):
        super().__init__(in_channels, out_channels, kernel_size, pad_mode="same", **kwargs)

    def construct(self, x, grid_mask=None):
        if grid_mask is not None:
            x = x * grid_mask
        return super().construct(x)


class ActivityGridEncoder(nn.Cell):
    def __init__(self, channels=(2, 4, 8), use_max_pool=True):
        super().__init__()
        self.convs = nn.CellList([MaskedGridConv(c_in, c_out) for c_in, c_out in zip(channels[:-1], channels[1:])])
        self.use_max_pool = use_max_pool
        self.act = nn.ReLU()

    def construct(self, grid, grid_mask):
        x = grid
        for conv in self.convs:
            x = self.act(conv(x, grid_mask))
        b, c = x.shape[0], x.shape[1]
        flat = x.reshape(b, c, -1)
        if self.use_max_pool:
            return flat.max(axis=-1)
        return flat.mean(axis=-1)


def make():
    np.random.seed(3783)
    grid = np.random.rand(2, 2, DAYS, HOURS).astype(np.float32)
    mask = np.ones((2, 1, DAYS, HOURS), np.float32)
    mask[:, :, :, :6] = 0.0
    return ActivityGridEncoder(), (Tensor(grid), Tensor(mask))
