# case: wrap the GNSS baseline-length change computation in try/except to fall back to zeros on a bad solution -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BaselineChange(nn.Cell):
    def __init__(self, pairs=((0, 1), (0, 2), (1, 3))):
        super().__init__()
        self.pairs = pairs

    def baseline(self, xyz, i, j):
        d = xyz[:, i, :] - xyz[:, j, :]
        return ops.sqrt((d * d).sum(axis=-1))

    def construct(self, xyz):
        # xyz: (epochs, stations, 3) ECEF metres
        out = []
        for i, j in self.pairs:
            try:
                bl = self.baseline(xyz, i, j)
                out.append(bl - bl[0])
            except IndexError:
                out.append(ops.zeros((xyz.shape[0],), ms.float32))
        return ops.stack(out)


def make():
    np.random.seed(151)
    xyz = np.random.randn(20, 4, 3).astype(np.float32) * 0.01 + np.arange(12).reshape(1, 4, 3).astype(np.float32) * 1000
    return BaselineChange(), (Tensor(xyz),)
