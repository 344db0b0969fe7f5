# case: greedily pop the highest-scoring lesion while its score exceeds a threshold, appending boxes to a list -> data-dependent loop, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyLesionCollector(nn.Cell):
    def __init__(self, min_score=0.7, max_lesions=10):
        super().__init__()
        self.min_score = min_score
        self.max_lesions = max_lesions

    def construct(self, boxes, scores):
        found = []
        best = scores.max()
        while best > self.min_score:
            idx = ops.argmax(scores)
            found.append(boxes[idx])
            scores = ops.tensor_scatter_update(scores, idx.reshape(1, 1), Tensor([-1.0], ms.float32))
            best = scores.max()
        if len(found) == 0:
            return ops.zeros((1, 4), ms.float32)
        return ops.stack(found)


def make():
    np.random.seed(13)
    boxes = np.random.rand(12, 4).astype(np.float32) * 50
    scores = np.random.rand(12).astype(np.float32)
    return GreedyLesionCollector(), (Tensor(boxes), Tensor(scores))
