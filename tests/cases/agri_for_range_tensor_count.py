# case: loops for i in range(n_plants) where n_plants is a tensor sum of a detection mask, accumulating leaf areas -> range over tensor value in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeafAreaAccumulator(nn.Cell):
    def __init__(self, score_thresh=0.5):
        super().__init__()
        self.score_thresh = score_thresh

    def construct(self, scores, leaf_areas):
        order = ops.argsort(scores, descending=True)
        ranked_areas = leaf_areas[order]
        n_plants = (scores > self.score_thresh).astype(ms.int32).sum()
        total = ops.zeros((), ms.float32)
        for i in range(n_plants):
            total = total + ranked_areas[i]
        return total


def make():
    np.random.seed(19)
    scores = Tensor(np.random.rand(10).astype(np.float32))
    leaf_areas = Tensor((np.random.rand(10) * 50 + 5).astype(np.float32))
    return LeafAreaAccumulator(), (scores, leaf_areas)
