# case: SimOTA dynamic-k matching done with rank < dynamic_k comparison on double-argsort ranks (fixed shapes) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseSimOTA(nn.Cell):
    def __init__(self, candidate_topk=5, iou_weight=3.0, cls_weight=1.0):
        super().__init__()
        self.candidate_topk = candidate_topk
        self.iou_weight = iou_weight
        self.cls_weight = cls_weight

    def _ranks(self, cost):
        order = ops.argsort(cost, axis=1)
        return ops.argsort(order, axis=1)

    def _resolve_conflicts(self, matching, cost):
        multi = matching.sum(axis=0) > 1
        masked_cost = ops.where(matching > 0, cost, ops.full_like(cost, 1e8))
        best_gt = masked_cost.argmin(axis=0)
        best_oh = ops.one_hot(best_gt, cost.shape[0], 1.0, 0.0).T
        return ops.where(multi[None, :], best_oh, matching)

    def construct(self, cls_cost, ious):
        cost = self.cls_weight * cls_cost - self.iou_weight * ops.log(ious + 1e-8)
        topk_ious, _ = ops.topk(ious, self.candidate_topk)
        dynamic_k = ops.clamp(topk_ious.sum(axis=1).astype(ms.int32), min=1)
        ranks = self._ranks(cost)
        matching = (ranks < dynamic_k[:, None]).astype(ms.float32)
        matching = self._resolve_conflicts(matching, cost)
        fg = matching.sum(axis=0) > 0
        matched_gt = matching.argmax(axis=0)
        return fg, matched_gt


def make():
    np.random.seed(26)
    cls_cost = Tensor(np.random.rand(3, 14).astype(np.float32))
    ious = Tensor((np.random.rand(3, 14) * 0.9 + 0.05).astype(np.float32))
    return DenseSimOTA(), (cls_cost, ious)
