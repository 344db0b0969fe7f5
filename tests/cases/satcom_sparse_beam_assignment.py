# case: builds a COO sparse beam-to-user assignment matrix from index and weight tensors and converts it to dense to compute per-beam load -> sparse tensor construction in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseBeamLoad(nn.Cell):
    def __init__(self, num_beams=4, num_users=8):
        super().__init__()
        self.shape = (num_beams, num_users)

    def construct(self, indices, weights):
        assign = COOTensor(indices, weights, self.shape)
        dense = assign.to_dense()
        load = dense.sum(axis=1)
        return load / (load.max() + 1e-6)


def make():
    np.random.seed(16)
    users = np.arange(8)
    beams = np.random.randint(0, 4, size=(8,))
    idx = Tensor(np.stack([beams, users], axis=1).astype(np.int32))
    w = Tensor(np.random.uniform(0.5, 2.0, size=(8,)).astype(np.float32))
    return SparseBeamLoad(), (idx, w)
