# case: sum per-person vertex losses with a generator expression over range(batch people) inside construct -> error or unrolled in graph mode (generator)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiPersonVertexLoss(nn.Cell):
    def __init__(self, vertex_weight=1.0):
        super().__init__()
        self.vertex_weight = vertex_weight

    def person_loss(self, pred, gt, vis):
        return (ops.abs(pred - gt).sum(-1) * vis).sum()

    def construct(self, pred, gt, vis):
        # pred, gt: (P, V, 3), vis: (P, V)
        n = pred.shape[0]
        total = sum(self.person_loss(pred[i], gt[i], vis[i]) for i in range(n))
        return self.vertex_weight * total / n


def make():
    np.random.seed(0)
    pred = Tensor(np.random.randn(3, 20, 3).astype(np.float32))
    gt = Tensor(np.random.randn(3, 20, 3).astype(np.float32))
    vis = Tensor((np.random.rand(3, 20) > 0.5).astype(np.float32))
    return MultiPersonVertexLoss(), (pred, gt, vis)
