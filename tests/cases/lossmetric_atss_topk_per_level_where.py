# case: ATSS assigner with per-level topk candidates (k from config), mean+std IoU threshold and a dense positive mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_iou(a, b):
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    lt = ops.maximum(a[:, None, :2], b[None, :, :2])
    rb = ops.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = ops.clamp(rb - lt, min=0.0)
    inter = wh[..., 0] * wh[..., 1]
    return inter / (area_a[:, None] + area_b[None, :] - inter + 1e-6)


class LevelATSS(nn.Cell):
    def __init__(self, level_sizes=(12, 6), topk=3):
        super().__init__()
        self.level_sizes = level_sizes
        self.topk = topk

    def construct(self, anchors, gt_boxes):
        ious = pairwise_iou(anchors, gt_boxes)                   # (A, G)
        a_ctr = (anchors[:, :2] + anchors[:, 2:]) / 2
        g_ctr = (gt_boxes[:, :2] + gt_boxes[:, 2:]) / 2
        dist = ((a_ctr[:, None] - g_ctr[None]) ** 2).sum(-1)     # (A, G)
        cand_mask = ops.zeros_like(ious)
        start = 0
        for n in self.level_sizes:
            _, idx = ops.topk(-dist[start:start + n].T, self.topk)   # (G, k)
            level_mask = ops.one_hot(idx, n, 1.0, 0.0).sum(axis=1).T  # (n, G)
            cand_mask[start:start + n] = level_mask
            start += n
        cand_iou = ious * cand_mask
        cnt = cand_mask.sum(axis=0)
        mean = cand_iou.sum(axis=0) / cnt
        std = ops.sqrt((((ious - mean) * cand_mask) ** 2).sum(axis=0) / cnt)
        is_pos = ops.logical_and(cand_mask > 0, ious >= mean + std)
        masked = ops.where(is_pos, ious, ops.full_like(ious, -1.0))
        best_iou, best_gt = masked.max(axis=1, return_indices=True)
        return ops.where(best_iou > 0, best_gt, ops.full_like(best_gt, -1))


def make():
    np.random.seed(25)
    xy = np.random.rand(18, 2).astype(np.float32) * 10
    anchors = np.concatenate([xy, xy + 2.5], axis=1)
    gxy = np.random.rand(2, 2).astype(np.float32) * 8
    gts = np.concatenate([gxy, gxy + 3.5], axis=1)
    return LevelATSS(), (Tensor(anchors), Tensor(gts))
