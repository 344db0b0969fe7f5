# case: rows picked by a boolean mask, their unique ids, a table read at them by gather_elements and reshaped to the picked shape -> dynamic at the mask only
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TriangleRemap(nn.Cell):
    def construct(self, tris, keep, table):
        picked = tris.reshape(-1, 3)[keep.reshape(-1)]
        used, _ = ops.unique(picked.view(-1))
        faces = ops.gather_elements(table, 0, picked.view(-1)).reshape(picked.shape)
        return faces.sum() + used.sum()


def make():
    np.random.seed(0)
    tris = Tensor(np.random.randint(0, 8, (4, 3)).astype(np.int32))
    keep = Tensor(np.array([[True], [False], [True], [True]]))
    table = Tensor(np.arange(8).astype(np.int32))
    return TriangleRemap(), (tris, keep, table)
