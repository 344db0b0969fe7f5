# case: multi-sensor loader layer tries to take the red-edge bands and falls back to RGB in an except clause for sensors that lack them -> try/except inside construct, expected refused by Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RED_EDGE = (4, 5, 6)
RGB = (2, 1, 0)


class SensorConfig:
    def __init__(self, sensor="sentinel2", prefer_red_edge=True):
        self.sensor = sensor
        self.prefer_red_edge = prefer_red_edge


class SensorBandAdapter(nn.Cell):
    def __init__(self, config, out_channels=8):
        super().__init__()
        self.prefer_red_edge = config.prefer_red_edge
        self.proj = nn.Conv2d(3, out_channels, 1)

    def _pick(self, cube, bands):
        return ops.stack([cube[:, b] for b in bands], axis=1)

    def construct(self, cube):
        try:
            x = self._pick(cube, RED_EDGE) if self.prefer_red_edge else self._pick(cube, RGB)
        except IndexError:
            x = self._pick(cube, RGB)
        return self.proj(x)


def make():
    np.random.seed(3391)
    cube = Tensor(np.random.rand(2, 10, 16, 16).astype(np.float32))
    return SensorBandAdapter(SensorConfig()), (cube,)
