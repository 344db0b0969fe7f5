# case: multi-exit network computes a training loss as a weighted sum of cross-entropy over all exits with weights from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExitBlock(nn.Cell):
    def __init__(self, dim, num_classes):
        super().__init__()
        self.layer = nn.SequentialCell([nn.Dense(dim, dim), nn.LayerNorm((dim,)), nn.ReLU()])
        self.classifier = nn.Dense(dim, num_classes)

    def construct(self, h):
        h = self.layer(h)
        return h, self.classifier(h)


class MultiExitWithLoss(nn.Cell):
    def __init__(self, dim=12, num_classes=4, num_exits=3, exit_weights=None, label_smoothing=0.1):
        super().__init__()
        self.blocks = nn.CellList([ExitBlock(dim, num_classes) for _ in range(num_exits)])
        if exit_weights is None:
            exit_weights = [float(i + 1) for i in range(num_exits)]
        total = sum(exit_weights)
        self.exit_weights = [w / total for w in exit_weights]
        self.loss_fn = nn.CrossEntropyLoss(label_smoothing=label_smoothing)

    def construct(self, x, labels):
        h = x
        loss = 0.0
        for i in range(len(self.blocks)):
            h, logits = self.blocks[i](h)
            loss = loss + self.exit_weights[i] * self.loss_fn(logits, labels)
        return loss


def make():
    np.random.seed(36)
    x = Tensor(np.random.randn(5, 12).astype(np.float32))
    labels = Tensor(np.array([0, 1, 2, 3, 1], np.int32))
    return MultiExitWithLoss(), (x, labels)
