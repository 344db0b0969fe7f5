# case: local height-map crop around the robot whose start column is int() of the robot's tensor x-position on the terrain grid -> data-dependent slice start, rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GRID_RESOLUTION = 0.1


class CropConfig:
    crop_width = 11
    border = 5
    latent_dim = 8


def _to_cell(pos, border):
    return int(pos / GRID_RESOLUTION) + border


class LocalHeightCrop(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.crop_width = config.crop_width
        self.border = config.border
        self.enc = nn.Dense(config.crop_width, config.latent_dim)

    def construct(self, height_row, robot_x):
        start = _to_cell(robot_x, self.border)
        crop = height_row[:, start:start + self.crop_width]
        return ops.tanh(self.enc(crop))


def make():
    np.random.seed(31)
    row = Tensor(np.random.uniform(-0.2, 0.2, size=(1, 64)).astype(np.float32))
    return LocalHeightCrop(CropConfig()), (row, Tensor(1.23, ms.float32))
