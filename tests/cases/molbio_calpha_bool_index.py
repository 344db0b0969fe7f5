# case: pick C-alpha atoms of a protein with a boolean mask index, then a CA-CA distance map -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CA_ID = 1


class CalphaDistogram(nn.Cell):
    def __init__(self, num_bins=6, max_dist=20.0):
        super().__init__()
        self.num_bins = num_bins
        self.bin_width = max_dist / num_bins

    def select_backbone(self, coords, atom_names):
        is_ca = atom_names == CA_ID
        return coords[is_ca]

    def construct(self, coords, atom_names):
        ca = self.select_backbone(coords, atom_names)
        diff = ca[:, None, :] - ca[None, :, :]
        dist = ops.norm(diff, dim=-1)
        bins = ops.clamp((dist / self.bin_width).astype(ms.int32), 0, self.num_bins - 1)
        return ops.one_hot(bins, self.num_bins, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))


def make():
    np.random.seed(4)
    coords = Tensor(np.random.randn(12, 3).astype(np.float32) * 5.0)
    names = Tensor(np.tile(np.array([0, 1, 2, 3], dtype=np.int32), 3))
    return CalphaDistogram(), (coords, names)
