# case: reorient a plate scan by a permutation stored in the scanner metadata tensor before computing column ink -> transpose permutation from tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OrientedInk(nn.Cell):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm((24,), begin_norm_axis=-1, begin_params_axis=-1)

    def construct(self, scan, orientation):
        perm = tuple(orientation.asnumpy().tolist())
        upright = ops.transpose(scan, perm)
        return self.norm(upright).max(axis=1)


def make():
    np.random.seed(161)
    scan = np.random.rand(24, 24).astype(np.float32)
    return OrientedInk(), (Tensor(scan), Tensor(np.array([1, 0], dtype=np.int32)))
