# case: proposal collector loops over FPN levels in a while loop whose bound is a tensor and concatenates proposals each iteration -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProposalCollector(nn.Cell):
    def __init__(self, per_level=6):
        super().__init__()
        self.per_level = per_level

    def _level_topk(self, scores, boxes):
        top_scores, idx = ops.topk(scores, self.per_level)
        return top_scores, ops.gather(boxes, idx, 0)

    def construct(self, all_scores, all_boxes, num_levels):
        collected = self._level_topk(all_scores[0], all_boxes[0])[1]
        i = Tensor(1, ms.int32)
        while i < num_levels:
            _, lvl_boxes = self._level_topk(all_scores[i], all_boxes[i])
            collected = ops.concat((collected, lvl_boxes), axis=0)
            i = i + 1
        return collected


def make():
    np.random.seed(9)
    scores = Tensor(np.random.rand(3, 20).astype(np.float32))
    boxes = Tensor(np.random.rand(3, 20, 4).astype(np.float32))
    return ProposalCollector(), (scores, boxes, Tensor(3, ms.int32))
