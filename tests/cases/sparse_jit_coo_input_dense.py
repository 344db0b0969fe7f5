# case: @ms.jit feature function takes a COOTensor input and densifies it (near miss)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor, COOTensor


@ms.jit
def bag_features(sp, w):
    dense = sp.to_dense()
    return ops.matmul(dense, w)


def make():
    sp = COOTensor(Tensor(np.array([[0, 1], [1, 2]], np.int32)), Tensor(np.array([1.0, 2.0], np.float32)), (2, 3))
    return bag_features, (sp, Tensor(np.random.randn(3, 2).astype(np.float32)))
