# case: class-incremental heads grow (2, 3, 5 classes) and the forward loops over them with enumerate, keeping the head whose index equals the task-id tensor -> tensor-valued if joins None with logits of different widths, Graph mode fails
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLASSES_PER_TASK = (2, 3, 5)


class GrowingHeadsConfig:
    in_dim = 12
    hidden = 24
    classes = CLASSES_PER_TASK
    return_features = False


class GrowingHeadsNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = nn.Dense(config.in_dim, config.hidden, activation="gelu")
        self.heads = nn.CellList([nn.Dense(config.hidden, c) for c in config.classes])
        self.return_features = config.return_features

    def construct(self, x, task_id):
        h = self.encoder(x)
        logits = None
        for i, head in enumerate(self.heads):
            if task_id == i:
                logits = head(h)
        if self.return_features:
            return logits, h
        return logits


def make():
    np.random.seed(8)
    net = GrowingHeadsNet(GrowingHeadsConfig())
    x = Tensor(np.random.randn(3, 12).astype(np.float32))
    return net, (x, Tensor(1, ms.int32))
