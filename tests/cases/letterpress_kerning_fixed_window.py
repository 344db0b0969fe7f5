# case: take the first 32 kerning pairs of a fixed-size table and convert units to points -> constant slice, Graph mode should stay static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_PAIRS = 32


class KerningWindow(nn.Cell):
    def __init__(self, em_size=1000.0, max_pairs=MAX_PAIRS):
        super().__init__()
        self.em_size = em_size
        self.max_pairs = max_pairs

    def to_points(self, adjust, point_size):
        return adjust * point_size / self.em_size

    def construct(self, kern_table, point_size):
        window = kern_table[:self.max_pairs]
        pts = self.to_points(window[:, 2], point_size)
        tight = ops.less(pts, -0.5).astype(ms.float32)
        return pts.sum(), tight.sum()


def make():
    np.random.seed(12)
    table = np.zeros((64, 3), dtype=np.float32)
    table[:, 0] = np.random.randint(65, 91, size=64)
    table[:, 1] = np.random.randint(65, 91, size=64)
    table[:, 2] = np.random.uniform(-80, 20, size=64)
    return KerningWindow(), (Tensor(table), Tensor(np.float32(10.0)))
