# case: SimOTA dynamic-k assignment that slices sorted costs by k read from summed IoUs -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimOTAAssigner(nn.Cell):
    def __init__(self, candidate_topk=10, iou_weight=3.0, cls_weight=1.0):
        super().__init__()
        self.candidate_topk = candidate_topk
        self.iou_weight = iou_weight
        self.cls_weight = cls_weight

    def cost_matrix(self, pred_scores, ious, gt_labels):
        # pred_scores: (P, C), ious: (G, P), gt_labels: (G,)
        cls_prob = ops.gather(pred_scores.T, gt_labels, 0)  # (G, P)
        cls_cost = -ops.log(cls_prob + 1e-8)
        iou_cost = -ops.log(ious + 1e-8)
        return self.cls_weight * cls_cost + self.iou_weight * iou_cost

    def construct(self, pred_scores, ious, gt_labels):
        cost = self.cost_matrix(pred_scores, ious, gt_labels)
        top_ious, _ = ops.topk(ious, self.candidate_topk)
        dynamic_ks = ops.clamp(top_ious.sum(axis=1).astype(ms.int32), min=1)
        num_gt = ious.shape[0]
        matching = ops.zeros_like(cost)
        for g in range(num_gt):
            k = dynamic_ks[g]
            _, pos_idx = ops.sort(cost[g])
            pos_idx = pos_idx[:k]
            row = ops.zeros((cost.shape[1],), ms.float32)
            row[pos_idx] = 1.0
            matching[g] = row
        return matching


def make():
    np.random.seed(8)
    pred_scores = Tensor(np.random.rand(30, 5).astype(np.float32))
    ious = Tensor(np.random.rand(3, 30).astype(np.float32))
    gt_labels = Tensor(np.array([0, 3, 1], np.int32))
    return SimOTAAssigner(), (pred_scores, ious, gt_labels)
