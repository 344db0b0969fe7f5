# case: DBNet box score computed by boolean-mask indexing of the probability map inside the box region -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxScorer(nn.Cell):
    def __init__(self, bin_thresh=0.3, score_mode="fast"):
        super().__init__()
        self.bin_thresh = bin_thresh
        self.score_mode = score_mode

    def _region(self, prob, box):
        h, w = prob.shape
        ys = ops.arange(h).reshape(h, 1)
        xs = ops.arange(w).reshape(1, w)
        inside = (xs >= box[0]) & (xs <= box[2]) & (ys >= box[1]) & (ys <= box[3])
        return inside

    def construct(self, prob, boxes):
        scores = []
        for i in range(boxes.shape[0]):
            inside = self._region(prob, boxes[i])
            if self.score_mode == "fast":
                vals = prob[inside]
                scores.append(vals.mean())
            else:
                scores.append((prob * inside).sum() / inside.sum())
        return ops.stack(scores)


def make():
    np.random.seed(6)
    prob = Tensor(np.random.rand(20, 20).astype(np.float32))
    boxes = Tensor(np.array([[2, 3, 10, 12], [5, 5, 18, 9]], dtype=np.int32))
    return BoxScorer(), (prob, boxes)
