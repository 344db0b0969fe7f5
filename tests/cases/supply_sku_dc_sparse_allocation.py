# case: SKU-to-distribution-centre allocation stored as a COOTensor and multiplied by a dense demand matrix -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseAllocator(nn.Cell):
    def __init__(self, num_skus=6, num_dcs=4):
        super().__init__()
        self.shape = (num_skus, num_dcs)

    def construct(self, indices, shares, dc_demand):
        alloc = COOTensor(indices, shares, self.shape)
        dense = alloc.to_dense()
        sku_supply = ops.matmul(dense, dc_demand)
        return sku_supply, alloc.values.sum()


def make():
    np.random.seed(28)
    indices = Tensor(np.array([[0, 1], [1, 0], [2, 3], [3, 2], [4, 1], [5, 0]], dtype=np.int32))
    shares = Tensor(np.random.uniform(0.2, 1.0, 6).astype(np.float32))
    dc_demand = Tensor(np.random.uniform(10, 90, size=(4, 3)).astype(np.float32))
    return SparseAllocator(), (indices, shares, dc_demand)
