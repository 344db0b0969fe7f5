# case: compute terrain slope with central finite differences using constant slices and padding -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def central_diff(dem, cell_size):
    gx = (dem[:, 2:] - dem[:, :-2]) / (2.0 * cell_size)
    gy = (dem[2:, :] - dem[:-2, :]) / (2.0 * cell_size)
    return gx[1:-1, :], gy[:, 1:-1]


class SlopeMap(nn.Cell):
    def __init__(self, cell_size=30.0, degrees=True):
        super().__init__()
        self.cell_size = cell_size
        self.degrees = degrees

    def construct(self, dem):
        gx, gy = central_diff(dem, self.cell_size)
        slope = ops.atan(ops.sqrt(gx * gx + gy * gy))
        if self.degrees:
            slope = slope * (180.0 / np.pi)
        padded = ops.pad(slope.expand_dims(0), (1, 1, 1, 1), mode="replicate")
        return padded.squeeze(0)


def make():
    np.random.seed(56)
    dem = np.cumsum(np.random.rand(32, 32).astype(np.float32) * 5.0, axis=1)
    return SlopeMap(), (Tensor(dem),)
