# case: applies a fixed number of predicted bond edits symmetrically with tensor_scatter_update on the bond matrix -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EditApplier(nn.Cell):
    def __init__(self, symmetric=True):
        super().__init__()
        self.symmetric = symmetric

    def construct(self, bond_matrix, edit_pairs, edit_orders):
        out = ops.tensor_scatter_update(bond_matrix, edit_pairs, edit_orders)
        if self.symmetric:
            flipped = ops.reverse(edit_pairs, axis=[1])
            out = ops.tensor_scatter_update(out, flipped, edit_orders)
        return out


def make():
    np.random.seed(28)
    b = np.triu(np.random.randint(0, 3, size=(6, 6)), 1).astype(np.float32)
    b = b + b.T
    pairs = Tensor(np.array([[0, 2], [1, 4], [3, 5]], dtype=np.int32))
    orders = Tensor(np.array([1.0, 0.0, 2.0], dtype=np.float32))
    return EditApplier(), (Tensor(b), pairs, orders)
