# case: coalesces a COOTensor with duplicate indices, which merges entries into a data-dependent number of non-zeros, so graph mode infers a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, COOTensor


class MergeDuplicates(nn.Cell):
    def construct(self, idx, vals):
        sp = COOTensor(idx, vals, (4, 4))
        merged = sp.coalesce()
        return merged.values.sum()


def make():
    idx = Tensor(np.array([[0, 1], [0, 1], [2, 3]], np.int64))
    vals = Tensor(np.array([1.0, 2.0, 5.0], np.float32))
    return MergeDuplicates(), (idx, vals)
