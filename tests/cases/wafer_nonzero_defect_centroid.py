# case: finds defective die coordinates with ops.nonzero on a binary wafer map and computes their centroid -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectCentroid(nn.Cell):
    def __init__(self, die_pitch_mm=2.5):
        super().__init__()
        self.die_pitch = die_pitch_mm

    def to_mm(self, coords, rows, cols):
        cy = (rows - 1) / 2.0
        cx = (cols - 1) / 2.0
        offset = Tensor(np.array([cy, cx], np.float32))
        return (coords.astype(ms.float32) - offset) * self.die_pitch

    def construct(self, defect_map):
        rows, cols = defect_map.shape
        coords = ops.nonzero(defect_map > 0)
        coords_mm = self.to_mm(coords, rows, cols)
        centroid = coords_mm.mean(axis=0)
        spread = ops.sqrt(((coords_mm - centroid) ** 2).sum(axis=1)).mean()
        return centroid, spread


def make():
    np.random.seed(1)
    wmap = (np.random.rand(16, 16) > 0.85).astype(np.int32)
    wmap[0, 0] = 1
    return DefectCentroid(), (Tensor(wmap),)
