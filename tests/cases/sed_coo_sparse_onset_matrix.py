# case: builds a COOTensor of onset events (frame, class) from nonzero indices of the onset mask and densifies it -> Graph mode dynamic or error (sparse tensor with data-dependent nnz)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseOnsetMatrix(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def construct(self, probs):
        # probs: (frames, classes)
        active = (probs > self.threshold).astype(ms.float32)
        prev = ops.concat((ops.zeros_like(active[:1]), active[:-1]), axis=0)
        onset = (active - prev) > 0
        idx = ops.nonzero(onset).astype(ms.int32)
        vals = ops.gather_nd(probs, idx)
        sparse = COOTensor(idx, vals, probs.shape)
        return sparse.to_dense()


def make():
    np.random.seed(31)
    probs = Tensor(np.random.rand(14, 3).astype(np.float32))
    return SparseOnsetMatrix(), (probs,)
