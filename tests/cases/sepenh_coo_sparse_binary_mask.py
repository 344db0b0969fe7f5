# case: stores the binary time-frequency mask as a COOTensor built from nonzero indices and converts it back to dense before applying it -> sparse tensor built from data-dependent indices
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseBinaryMask(nn.Cell):
    def __init__(self, threshold=0.6):
        super().__init__()
        self.threshold = threshold

    def construct(self, mag, mask_logits):
        # mag, mask_logits: (frames, bins)
        probs = ops.sigmoid(mask_logits)
        indices = ops.nonzero(probs > self.threshold)
        values = ops.ones((indices.shape[0],), ms.float32)
        sparse = COOTensor(indices, values, mag.shape)
        return mag * sparse.to_dense()


def make():
    np.random.seed(17)
    mag = np.abs(np.random.randn(8, 12)).astype(np.float32)
    logits = np.random.randn(8, 12).astype(np.float32)
    return SparseBinaryMask(), (Tensor(mag), Tensor(logits))
