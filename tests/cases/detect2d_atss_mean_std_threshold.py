# case: ATSS assignment with constant top-k candidates per level and mean+std IoU threshold applied through where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ATSSAssigner(nn.Cell):
    def __init__(self, topk=9, num_level_anchors=(64, 16)):
        super().__init__()
        self.topk = topk
        self.num_level_anchors = num_level_anchors

    def centers(self, boxes):
        return ops.stack([(boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2], axis=1)

    def construct(self, ious, anchors, gt_boxes):
        # ious: (G, A)
        gt_c = self.centers(gt_boxes)
        an_c = self.centers(anchors)
        dist = ops.sqrt(((gt_c[:, None, :] - an_c[None, :, :]) ** 2).sum(-1))
        cand_idx = []
        start = 0
        for n in self.num_level_anchors:
            lvl_dist = dist[:, start:start + n]
            _, idx = ops.topk(-lvl_dist, min(self.topk, n))
            cand_idx.append(idx + start)
            start += n
        cand_idx = ops.concat(cand_idx, axis=1)
        cand_ious = ops.gather_elements(ious, 1, cand_idx)
        thr = cand_ious.mean(axis=1, keep_dims=True) + cand_ious.std(axis=1, keepdims=True)
        is_cand = ops.zeros_like(ious)
        is_cand = ops.tensor_scatter_elements(is_cand, cand_idx, ops.ones_like(cand_ious), axis=1)
        pos = ops.logical_and(is_cand > 0, ious >= thr)
        masked = ops.where(pos, ious, ops.full_like(ious, -1.0))
        max_iou, assigned_gt = ops.max(masked, axis=0)
        assigned_gt = ops.where(max_iou > 0, assigned_gt + 1, ops.zeros_like(assigned_gt))
        return assigned_gt


def make():
    np.random.seed(11)
    a = np.random.rand(80, 2).astype(np.float32) * 60
    anchors = Tensor(np.concatenate([a, a + 8], axis=1))
    g = np.random.rand(3, 2).astype(np.float32) * 50
    gt = Tensor(np.concatenate([g, g + 12], axis=1))
    ious = Tensor(np.random.rand(3, 80).astype(np.float32))
    return ATSSAssigner(), (ious, anchors, gt)
