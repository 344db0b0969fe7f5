# case: applies predicted bond edits by converting the edit index tensor with .tolist() and looping over Python pairs -> host round trip in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EditApplier(nn.Cell):
    def __init__(self, bond_types=4):
        super().__init__()
        self.bond_types = bond_types

    def construct(self, bond_matrix, edit_pairs, edit_orders):
        pairs = edit_pairs.tolist()
        orders = edit_orders.tolist()
        out = bond_matrix.copy()
        for (i, j), o in zip(pairs, orders):
            out[i, j] = o
            out[j, i] = o
        return out


def make():
    np.random.seed(27)
    b = np.triu(np.random.randint(0, 3, size=(6, 6)), 1).astype(np.float32)
    b = b + b.T
    pairs = Tensor(np.array([[0, 2], [1, 4]], dtype=np.int32))
    orders = Tensor(np.array([1.0, 0.0], dtype=np.float32))
    return EditApplier(), (Tensor(b), pairs, orders)
