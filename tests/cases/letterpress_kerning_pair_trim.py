# case: trim a kerning-pair table to the number of active pairs read from the font header tensor -> slice length from data, Graph mode should refuse or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KerningTrim(nn.Cell):
    """Keeps only the kerning pairs declared active in the font header."""

    def __init__(self, em_size=1000.0):
        super().__init__()
        self.em_size = em_size

    def to_points(self, adjust, point_size):
        return adjust * point_size / self.em_size

    def construct(self, kern_table, header, point_size):
        n_active = int(header[0])
        active = kern_table[:n_active]
        pts = self.to_points(active[:, 2], point_size)
        return pts.sum()


def make():
    np.random.seed(11)
    table = np.zeros((64, 3), dtype=np.float32)
    table[:, 0] = np.random.randint(65, 91, size=64)
    table[:, 1] = np.random.randint(65, 91, size=64)
    table[:, 2] = np.random.uniform(-80, 20, size=64)
    header = Tensor(np.array([37, 64], dtype=np.int32))
    return KerningTrim(), (Tensor(table), header, Tensor(np.float32(12.0)))
