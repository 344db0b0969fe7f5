# case: select a fixed number of tooth boxes (32 adult teeth) with topk using a constructor k -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdultDentitionSelector(nn.Cell):
    """Picks the top-k tooth candidates; k is the full adult dentition size."""

    def __init__(self, num_teeth=32, min_score=0.3):
        super().__init__()
        self.num_teeth = num_teeth
        self.min_score = min_score
        self.topk = ops.TopK(sorted=True)

    def construct(self, boxes, scores):
        top_scores, idx = self.topk(scores, self.num_teeth)
        top_boxes = ops.gather(boxes, idx, 0)
        valid = (top_scores > self.min_score).astype(ms.float32)
        top_boxes = top_boxes * valid.expand_dims(-1)
        centers_x = (top_boxes[:, 0] + top_boxes[:, 2]) * 0.5
        return top_boxes, centers_x, valid.sum()


def make():
    np.random.seed(1)
    boxes = np.random.rand(48, 4).astype(np.float32) * 200
    boxes[:, 2:] += boxes[:, :2]
    scores = np.random.rand(48).astype(np.float32)
    return AdultDentitionSelector(), (Tensor(boxes), Tensor(scores))
