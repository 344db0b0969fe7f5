# case: token-masking positions kept as a COOTensor (indices from the sampled mask) and densified to build the corrupted input -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseMaskCorruptor(nn.Cell):
    def __init__(self, mask_prob=0.2, mask_id=7):
        super().__init__()
        self.mask_prob = mask_prob
        self.mask_id = mask_id

    def sparse_mask(self, ids):
        hit = ops.rand(ids.shape) < self.mask_prob
        hit[0, 0] = True
        indices = ops.nonzero(hit).astype(ms.int32)
        values = ops.ones((indices.shape[0],), ms.float32)
        return COOTensor(indices, values, ids.shape)

    def construct(self, ids):
        coo = self.sparse_mask(ids)
        dense_mask = coo.to_dense() > 0
        corrupted = ops.select(dense_mask, ops.full_like(ids, self.mask_id), ids)
        return corrupted, coo.values.sum()


def make():
    np.random.seed(30)
    ids = Tensor(np.random.randint(10, 40, (3, 9)).astype(np.int32))
    return SparseMaskCorruptor(), (ids,)
