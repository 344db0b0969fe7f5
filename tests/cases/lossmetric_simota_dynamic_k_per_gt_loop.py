# case: SimOTA dynamic-k matching, per-gt topk over the cost with k read from the summed top IoUs -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimOTAMatcher(nn.Cell):
    def __init__(self, num_gt=3, candidate_topk=5, iou_weight=3.0):
        super().__init__()
        self.num_gt = num_gt
        self.candidate_topk = candidate_topk
        self.iou_weight = iou_weight

    def _cost(self, cls_cost, ious):
        return cls_cost + self.iou_weight * (-ops.log(ious + 1e-8))

    def _dynamic_ks(self, ious):
        topk_ious, _ = ops.topk(ious, self.candidate_topk)
        return ops.clamp(topk_ious.sum(axis=1).astype(ms.int32), min=1)

    def construct(self, cls_cost, ious):
        # cls_cost, ious: (G, A)
        cost = self._cost(cls_cost, ious)
        dynamic_ks = self._dynamic_ks(ious)
        matching = ops.zeros_like(cost)
        ones = ops.ones_like(cost[0])
        for g in range(self.num_gt):
            k = dynamic_ks[g]
            _, pos_idx = ops.topk(-cost[g], int(k))
            row = ops.zeros_like(cost[g])
            row[pos_idx] = 1.0
            matching[g] = row
        return matching * ones


def make():
    np.random.seed(3)
    cls_cost = Tensor(np.random.rand(3, 12).astype(np.float32))
    ious = Tensor((np.random.rand(3, 12) * 0.9 + 0.05).astype(np.float32))
    return SimOTAMatcher(), (cls_cost, ious)
