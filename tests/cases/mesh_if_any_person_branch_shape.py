# case: return detected-people vertices if any person score passes a threshold, else a single empty-person placeholder of different shape -> error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeopleMeshes(nn.Cell):
    def __init__(self, num_verts=12, thresh=0.5):
        super().__init__()
        self.num_verts = num_verts
        self.thresh = thresh

    def construct(self, verts, scores):
        # verts: (P, V, 3), scores: (P,)
        if scores.max() > self.thresh:
            out = verts * 1.0
        else:
            out = ops.zeros((1, self.num_verts, 3), ms.float32)
        return out


def make():
    np.random.seed(0)
    v = Tensor(np.random.randn(4, 12, 3).astype(np.float32))
    s = Tensor(np.random.rand(4).astype(np.float32))
    return PeopleMeshes(), (v, s)
