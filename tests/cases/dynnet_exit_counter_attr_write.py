# case: early-exit network counts how often each exit fires by writing self.exit_counts inside construct -> attribute write on self in graph, error or side effect
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiExitNet(nn.Cell):
    def __init__(self, dim=16, num_classes=4, threshold=0.5):
        super().__init__()
        self.blocks = nn.CellList([nn.Dense(dim, dim) for _ in range(3)])
        self.exits = nn.CellList([nn.Dense(dim, num_classes) for _ in range(3)])
        self.threshold = threshold
        self.exit_counts = 0

    def construct(self, x):
        logits = None
        for i in range(3):
            x = ops.relu(self.blocks[i](x))
            logits = self.exits[i](x)
            conf = ops.softmax(logits, axis=-1).max()
            if conf > self.threshold:
                self.exit_counts = self.exit_counts + 1
                return logits
        return logits


def make():
    np.random.seed(14)
    x = Tensor(np.random.randn(1, 16).astype(np.float32))
    return MultiExitNet(), (x,)
