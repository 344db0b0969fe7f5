# case: pick the k nearest neighbours of every atom with topk where k is the coordination number passed in as a tensor -> topk with k from a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KNearestGraph(nn.Cell):
    def __init__(self):
        super().__init__()
        self.large = 1e4

    def construct(self, pos, coordination):
        n = pos.shape[0]
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        dist = ops.norm(diff, dim=-1) + self.large * ops.eye(n, n, ms.float32)
        neg_d, nbr_idx = ops.topk(-dist, coordination)
        return -neg_d, nbr_idx


def make():
    np.random.seed(21)
    pos = Tensor((np.random.rand(8, 3) * 3.0).astype(np.float32))
    return KNearestGraph(), (pos, Tensor(4, ms.int32))
