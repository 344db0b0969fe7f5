# case: computes a haversine leg distance using the math module on tensor elements -> math functions applied to tensors inside construct, error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EARTH_RADIUS_KM = 6371.0


class HaversineLeg(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, origin, dest):
        lat1 = origin[0] * math.pi / 180.0
        lat2 = dest[0] * math.pi / 180.0
        dlat = lat2 - lat1
        dlon = (dest[1] - origin[1]) * math.pi / 180.0
        a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
        return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def make():
    np.random.seed(18)
    origin = Tensor(np.array([52.52, 13.40], dtype=np.float32))
    dest = Tensor(np.array([48.14, 11.58], dtype=np.float32))
    return HaversineLeg(), (origin, dest)
