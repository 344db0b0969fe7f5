# case: two-exit classifier selects per sample between early and final logits with ops.where on a confidence mask (all exits computed) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyBackbone(nn.Cell):
    def __init__(self, dim, hidden):
        super().__init__()
        self.block1 = nn.SequentialCell([nn.Dense(dim, hidden), nn.ReLU()])
        self.block2 = nn.SequentialCell([nn.Dense(hidden, hidden), nn.ReLU(), nn.Dense(hidden, hidden), nn.ReLU()])

    def construct(self, x):
        h1 = self.block1(x)
        return h1, self.block2(h1)


class BranchyNet(nn.Cell):
    def __init__(self, dim=10, hidden=16, num_classes=4, entropy_threshold=1.2):
        super().__init__()
        self.backbone = TinyBackbone(dim, hidden)
        self.exit_early = nn.Dense(hidden, num_classes)
        self.exit_final = nn.Dense(hidden, num_classes)
        self.entropy_threshold = entropy_threshold

    @staticmethod
    def entropy(logits):
        p = ops.softmax(logits, axis=-1)
        return -(p * ops.log(p + 1e-8)).sum(axis=-1)

    def construct(self, x):
        h1, h2 = self.backbone(x)
        early = self.exit_early(h1)
        final = self.exit_final(h2)
        take_early = (self.entropy(early) < self.entropy_threshold).expand_dims(-1)
        logits = ops.where(take_early, early, final)
        exit_rate = take_early.astype(ms.float32).mean()
        return logits, exit_rate


def make():
    np.random.seed(30)
    x = Tensor(np.random.randn(6, 10).astype(np.float32))
    return BranchyNet(), (x,)
