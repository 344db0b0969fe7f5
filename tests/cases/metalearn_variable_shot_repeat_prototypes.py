# case: few-shot classifier that expands class prototypes to each support example with repeat_interleave over per-class shot counts -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VariableShotAligner(nn.Cell):
    """Pulls each support embedding towards its class prototype (variable shots per class)."""

    def __init__(self, in_dim=6, emb_dim=4, n_way=3, align_weight=0.1):
        super().__init__()
        self.embed = nn.Dense(in_dim, emb_dim)
        self.n_way = n_way
        self.align_weight = align_weight

    def expand_prototypes(self, protos, shots):
        return ops.repeat_interleave(protos, shots, 0)

    def construct(self, support_sorted, shots, class_sums):
        emb = self.embed(support_sorted)
        protos = self.embed(class_sums / shots.astype(ms.float32).expand_dims(-1))
        expanded = self.expand_prototypes(protos, shots)
        align = ((emb - expanded) ** 2).sum(axis=-1).mean()
        return protos, self.align_weight * align


def make():
    np.random.seed(19)
    net = VariableShotAligner()
    support = Tensor(np.random.randn(7, 6).astype(np.float32))
    shots = Tensor(np.array([2, 3, 2], np.int32))
    sums = Tensor(np.random.randn(3, 6).astype(np.float32))
    return net, (support, shots, sums)
