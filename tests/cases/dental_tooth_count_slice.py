# case: keep only the first n tooth boxes where n is the number of confident detections (tensor) -> dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ToothBoxFilter(nn.Cell):
    """Sorts tooth detections on a panoramic X-ray and keeps the confident ones."""

    def __init__(self, score_thresh=0.5):
        super().__init__()
        self.score_thresh = score_thresh
        self.sort = ops.Sort(descending=True)

    def construct(self, boxes, scores):
        sorted_scores, order = self.sort(scores)
        boxes = ops.gather(boxes, order, 0)
        n_confident = (sorted_scores > self.score_thresh).astype(ms.int32).sum()
        kept = boxes[:n_confident]
        widths = kept[:, 2] - kept[:, 0]
        return kept, widths.mean()


def make():
    np.random.seed(0)
    boxes = np.random.rand(32, 4).astype(np.float32) * 100
    boxes[:, 2:] += boxes[:, :2]
    scores = np.random.rand(32).astype(np.float32)
    return ToothBoxFilter(), (Tensor(boxes), Tensor(scores))
