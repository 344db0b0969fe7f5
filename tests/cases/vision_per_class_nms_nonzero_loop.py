# case: per-class loop gathers indices of each class with nonzero before scoring -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerClassTopScore(nn.Cell):
    """For every class, pick the best box among detections labelled with that class."""

    def __init__(self, num_classes=3):
        super().__init__()
        self.num_classes = num_classes

    def _class_indices(self, labels, cls_id):
        return ops.nonzero(labels == cls_id).reshape(-1)

    def construct(self, boxes, scores, labels):
        best_boxes = []
        best_scores = []
        for c in range(self.num_classes):
            idx = self._class_indices(labels, c)
            cls_scores = ops.gather(scores, idx, 0)
            cls_boxes = ops.gather(boxes, idx, 0)
            j = ops.argmax(cls_scores)
            best_boxes.append(cls_boxes[j])
            best_scores.append(cls_scores[j])
        return ops.stack(best_boxes), ops.stack(best_scores)


def make():
    np.random.seed(2)
    boxes = Tensor(np.random.rand(30, 4).astype(np.float32))
    scores = Tensor(np.random.rand(30).astype(np.float32))
    labels = Tensor(np.tile(np.arange(3), 10).astype(np.int32))
    return PerClassTopScore(), (boxes, scores, labels)
