# case: association result stored as a sparse COO assignment matrix built from matched (track, det) index pairs and densified -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseAssignment(nn.Cell):
    def __init__(self, num_tracks=4, num_dets=5, iou_thresh=0.3):
        super().__init__()
        self.shape = (num_tracks, num_dets)
        self.iou_thresh = iou_thresh

    def matches(self, iou):
        best_det = ops.argmax(iou, dim=1)
        best_iou = iou.max(axis=1)
        rows = ops.arange(iou.shape[0])
        keep = best_iou > self.iou_thresh
        idx = ops.stack([rows, best_det.astype(rows.dtype)], 1)
        return idx, keep.astype(ms.float32)

    def construct(self, iou):
        idx, vals = self.matches(iou)
        assign = COOTensor(idx, vals, self.shape)
        return assign.to_dense()


def make():
    np.random.seed(21)
    iou = Tensor(np.random.rand(4, 5).astype(np.float32))
    return SparseAssignment(), (iou,)
