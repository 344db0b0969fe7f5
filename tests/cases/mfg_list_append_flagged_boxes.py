# case: loop over candidate defect boxes and append those whose score passes the threshold to a Python list, then stack -> list length depends on tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxFilter(nn.Cell):
    def __init__(self, n_boxes=8, score_threshold=0.5):
        super().__init__()
        self.n_boxes = n_boxes
        self.score_threshold = score_threshold

    def construct(self, boxes, scores):
        kept = []
        for i in range(self.n_boxes):
            if scores[i] > self.score_threshold:
                kept.append(boxes[i])
        if len(kept) == 0:
            return ops.zeros((1, 4), ms.float32)
        return ops.stack(kept)


def make():
    np.random.seed(16)
    boxes = Tensor(np.random.rand(8, 4).astype(np.float32) * 64)
    scores = Tensor(np.random.rand(8).astype(np.float32))
    return BoxFilter(), (boxes, scores)
