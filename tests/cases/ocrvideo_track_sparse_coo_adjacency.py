# case: tracker builds a COOTensor association graph from thresholded IoU entries found with argwhere and densifies it -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


def iou_matrix(a, b):
    lt = ops.maximum(a[:, None, :2], b[None, :, :2])
    rb = ops.minimum(a[:, None, 2:], b[None, :, 2:])
    inter = ops.clamp(rb - lt, min=0.0).prod(-1)
    area_a = (a[:, 2:] - a[:, :2]).prod(-1)
    area_b = (b[:, 2:] - b[:, :2]).prod(-1)
    return inter / (area_a[:, None] + area_b[None, :] - inter + 1e-6)


class SparseAssociationGraph(nn.Cell):
    def __init__(self, edge_thresh=0.05, normalize_rows=True):
        super().__init__()
        self.edge_thresh = edge_thresh
        self.normalize_rows = normalize_rows

    def construct(self, tracks, dets):
        iou = iou_matrix(tracks, dets)
        n_t, n_d = iou.shape
        idx = ops.argwhere(iou > self.edge_thresh).astype(ms.int32)
        weights = ops.gather_nd(iou, idx)
        graph = COOTensor(idx, weights, (n_t, n_d))
        dense = graph.to_dense()
        if self.normalize_rows:
            dense = dense / (dense.sum(axis=1, keepdims=True) + 1e-6)
        return dense


def make():
    np.random.seed(30)
    base = np.random.rand(3, 2).astype(np.float32) * 20
    tracks = np.concatenate([base, base + 10], axis=1)
    dets = np.concatenate([base + 2, base + 12], axis=1)
    return SparseAssociationGraph(), (Tensor(tracks), Tensor(dets.astype(np.float32)))
