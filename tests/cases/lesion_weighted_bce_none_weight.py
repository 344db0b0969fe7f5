# case: boundary-weighted BCE where an optional pixel weight map is checked with "is None" -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedBCE(nn.Cell):
    def __init__(self, pos_weight=2.0):
        super().__init__()
        self.pos_weight = pos_weight

    def construct(self, logits, target, weight=None):
        probs = ops.clamp(ops.sigmoid(logits), 1e-6, 1.0 - 1e-6)
        loss = -(self.pos_weight * target * ops.log(probs) + (1 - target) * ops.log(1 - probs))
        if weight is not None:
            loss = loss * weight
        return loss.mean()


class BoundaryWeightedLoss(nn.Cell):
    def __init__(self, edge_gain=4.0, use_edges=True):
        super().__init__()
        self.edge_gain = edge_gain
        self.use_edges = use_edges
        self.pool = nn.MaxPool2d(3, 1, pad_mode="same")
        self.bce = WeightedBCE()

    def construct(self, logits, target):
        w = None
        if self.use_edges:
            edge = self.pool(target) + self.pool(-target)
            w = 1.0 + self.edge_gain * edge
        return self.bce(logits, target, w)


def make():
    np.random.seed(40)
    lg = np.random.randn(2, 1, 12, 12).astype(np.float32)
    t = np.zeros((2, 1, 12, 12), dtype=np.float32)
    t[:, :, 3:8, 4:9] = 1.0
    return BoundaryWeightedLoss(), (Tensor(lg), Tensor(t))
