# case: move generator collects indices of legal destination squares with ops.nonzero and gathers their attack scores -> nonzero output size from data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def attack_map(occupancy, weights):
    return ops.sigmoid(ops.matmul(occupancy, weights))


class DestinationScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        w = np.random.randn(64, 64).astype(np.float32) * 0.1
        self.weights = ms.Parameter(Tensor(w), name="attack_w")

    def construct(self, occupancy, legal_dest):
        scores = attack_map(occupancy, self.weights)[0]
        idx = ops.nonzero(legal_dest).reshape(-1)
        chosen = ops.gather(scores, idx, 0)
        return chosen.mean(), idx


def make():
    np.random.seed(4)
    occ = Tensor((np.random.rand(1, 64) > 0.6).astype(np.float32))
    legal = np.zeros(64, dtype=np.int32)
    legal[[3, 17, 22, 40, 41, 59]] = 1
    return DestinationScorer(), (occ, Tensor(legal))
