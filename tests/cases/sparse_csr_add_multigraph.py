# case: multi-relational graph layer merges two CSR adjacencies with ops.csr_add
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class MergeRelations(nn.Cell):
    def __init__(self):
        super().__init__()
        self.alpha = Tensor(1.0, ms.float32)
        self.beta = Tensor(0.5, ms.float32)

    def construct(self, p1, c1, v1, p2, c2, v2):
        a = CSRTensor(p1, c1, v1, (3, 3))
        b = CSRTensor(p2, c2, v2, (3, 3))
        merged = ops.csr_add(a, b, self.alpha, self.beta)
        return merged.to_dense()


def make():
    p1 = Tensor(np.array([0, 1, 2, 3], np.int32)); c1 = Tensor(np.array([1, 2, 0], np.int32))
    v1 = Tensor(np.array([1.0, 1.0, 1.0], np.float32))
    p2 = Tensor(np.array([0, 1, 1, 2], np.int32)); c2 = Tensor(np.array([0, 2], np.int32))
    v2 = Tensor(np.array([2.0, 2.0], np.float32))
    return MergeRelations(), (p1, c1, v1, p2, c2, v2)
