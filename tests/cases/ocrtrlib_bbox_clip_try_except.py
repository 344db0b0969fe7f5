# case: box preprocessing wraps the coordinate clamp in try/except to fall back to the raw boxes when the dtype is unexpected -> try/except inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxConfig:
    def __init__(self, max_coord=1000, hidden_size=16):
        self.max_coord = max_coord
        self.hidden_size = hidden_size


class SafeBoxProjector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_coord = config.max_coord
        self.proj = nn.Dense(4, config.hidden_size)

    def _clip(self, bbox):
        return ops.clamp(bbox, 0, self.max_coord)

    def construct(self, bbox):
        try:
            bbox = self._clip(bbox)
        except TypeError:
            pass
        return self.proj(bbox.astype(ms.float32) / self.max_coord)


def make():
    np.random.seed(24)
    bbox = Tensor(np.random.randint(-20, 1100, size=(2, 8, 4)).astype(np.int32))
    return SafeBoxProjector(BoxConfig()), (bbox,)
