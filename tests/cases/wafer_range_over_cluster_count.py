# case: loops for c in range(num_clusters) where num_clusters is the max cluster label + 1 read from the label tensor -> loop bound from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClusterAreaStats(nn.Cell):
    def __init__(self, die_area=0.5):
        super().__init__()
        self.die_area = die_area

    def construct(self, labels, severity):
        num_clusters = labels.max() + 1
        areas = ops.zeros((8,), ms.float32)
        for c in range(num_clusters):
            in_c = (labels == c).astype(ms.float32)
            area = in_c.sum() * self.die_area
            areas[c] = area * (in_c * severity).mean()
        return areas


def make():
    np.random.seed(18)
    labels = Tensor(np.random.randint(0, 4, size=(40,)).astype(np.int32))
    sev = Tensor(np.random.rand(40).astype(np.float32))
    return ClusterAreaStats(), (labels, sev)
