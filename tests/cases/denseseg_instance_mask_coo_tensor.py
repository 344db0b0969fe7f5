# case: instance mask head stores the predicted foreground as a COOTensor built from nonzero coordinates, then densifies for the loss -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseMaskHead(nn.Cell):
    def __init__(self, in_ch=4, thr=0.5, mask_size=(8, 8)):
        super().__init__()
        self.mask_conv = nn.Conv2d(in_ch, 1, 3, pad_mode="same")
        self.thr = thr
        self.mask_size = mask_size

    def to_sparse(self, prob):
        fg = prob > self.thr
        indices = ops.nonzero(fg).astype(ms.int32)
        values = ops.gather_nd(prob, indices)
        return COOTensor(indices, values, self.mask_size)

    def construct(self, roi_feats, gt_mask):
        prob = ops.sigmoid(self.mask_conv(roi_feats))[0, 0]
        sparse = self.to_sparse(prob)
        dense = sparse.to_dense()
        inter = (dense * gt_mask).sum()
        return 1.0 - 2.0 * inter / (dense.sum() + gt_mask.sum() + 1e-6)


def make():
    np.random.seed(31)
    feats = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    gt = np.zeros((8, 8), np.float32)
    gt[2:6, 2:6] = 1.0
    return SparseMaskHead(), (feats, Tensor(gt))
