# case: pre-NMS selection takes ops.TopK primitive with constant k over scores and gathers the corresponding boxes -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PRE_NMS_TOPK = 8


class SelectTopBoxes(nn.Cell):
    def __init__(self, k=PRE_NMS_TOPK):
        super().__init__()
        self.topk = ops.TopK(sorted=True)
        self.gather = ops.Gather()
        self.k = k

    def construct(self, boxes, scores):
        flat_scores = scores.max(axis=1)
        top_scores, top_idx = self.topk(flat_scores, self.k)
        top_boxes = self.gather(boxes, top_idx, 0)
        labels = scores.argmax(axis=1)
        top_labels = self.gather(labels, top_idx, 0)
        return top_boxes, top_scores, top_labels


def make():
    boxes = Tensor(np.random.rand(32, 4).astype(np.float32))
    scores = Tensor(np.random.rand(32, 3).astype(np.float32))
    return SelectTopBoxes(), (boxes, scores)
