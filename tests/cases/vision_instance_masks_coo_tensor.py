# case: mask head stores per-instance foreground pixels as a COOTensor built from argwhere of the thresholded mask -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseMaskEncoder(nn.Cell):
    def __init__(self, mask_thresh=0.5):
        super().__init__()
        self.mask_thresh = mask_thresh

    def _binarize(self, mask_logits):
        return ops.sigmoid(mask_logits) > self.mask_thresh

    def construct(self, mask_logits):
        # mask_logits: (H, W) for one instance
        fg = self._binarize(mask_logits)
        indices = ops.nonzero(fg).astype(ms.int32)
        values = ops.ones((indices.shape[0],), ms.float32)
        sparse_mask = COOTensor(indices, values, mask_logits.shape)
        return sparse_mask.to_dense().sum()


def make():
    np.random.seed(12)
    logits = Tensor(np.random.randn(8, 8).astype(np.float32))
    return SparseMaskEncoder(), (logits,)
