# case: ATSS-style positive selection, IoU threshold = mean + std, candidate indices taken with nonzero -> dynamic shape at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def box_iou(a, b):
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    lt = ops.maximum(a[:, None, :2], b[None, :, :2])
    rb = ops.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = ops.clamp(rb - lt, min=0.0)
    inter = wh[..., 0] * wh[..., 1]
    return inter / (area_a[:, None] + area_b[None, :] - inter + 1e-6)


class ATSSAssigner(nn.Cell):
    def __init__(self, topk=4):
        super().__init__()
        self.topk = topk

    def _candidate_ious(self, anchors, gt_boxes):
        ious = box_iou(anchors, gt_boxes)                      # (A, G)
        anchor_ctr = (anchors[:, :2] + anchors[:, 2:]) / 2
        gt_ctr = (gt_boxes[:, :2] + gt_boxes[:, 2:]) / 2
        dist = ops.norm(anchor_ctr[:, None, :] - gt_ctr[None, :, :], dim=-1)
        _, cand_idx = ops.topk(-dist.T, self.topk)             # (G, k)
        cand_ious = ops.gather_elements(ious.T, 1, cand_idx)   # (G, k)
        return ious, cand_idx, cand_ious

    def construct(self, anchors, gt_boxes):
        ious, cand_idx, cand_ious = self._candidate_ious(anchors, gt_boxes)
        thr = cand_ious.mean(axis=1) + cand_ious.std(axis=1)
        is_pos = cand_ious >= thr[:, None]
        pos_pairs = ops.nonzero(is_pos)                        # (P, 2): gt, slot
        gt_ids = pos_pairs[:, 0]
        anchor_ids = cand_idx[gt_ids, pos_pairs[:, 1]]
        pos_ious = ious[anchor_ids, gt_ids]
        return anchor_ids, gt_ids, pos_ious


def make():
    np.random.seed(2)
    xy = np.random.rand(20, 2).astype(np.float32) * 10
    anchors = np.concatenate([xy, xy + 3.0], axis=1)
    gxy = np.random.rand(3, 2).astype(np.float32) * 8
    gts = np.concatenate([gxy, gxy + 4.0], axis=1)
    return ATSSAssigner(), (Tensor(anchors), Tensor(gts))
