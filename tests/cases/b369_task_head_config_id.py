# case: task-incremental model with heads of different widths; the active head index is a Python int read from the config at build time, old-class masking behind `if self.training` -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContinualConfig:
    def __init__(self, classes=(4, 4, 6), active_task=2, mask_old_logits=True):
        self.classes = classes
        self.active_task = active_task
        self.mask_old_logits = mask_old_logits
        self.hidden = 32


class MultiHeadLearner(nn.Cell):
    def __init__(self, config, in_dim=10):
        super().__init__()
        self.active_task = config.active_task
        self.mask_old_logits = config.mask_old_logits
        self.trunk = nn.SequentialCell([nn.Dense(in_dim, config.hidden), nn.ReLU(),
                                        nn.Dense(config.hidden, config.hidden), nn.ReLU()])
        self.heads = nn.CellList([nn.Dense(config.hidden, n) for n in config.classes])

    def set_task(self, task_id):
        self.active_task = task_id

    def construct(self, x):
        feats = self.trunk(x)
        logits = self.heads[self.active_task](feats)
        if self.training and self.mask_old_logits:
            logits = logits - ops.stop_gradient(logits.max(axis=-1, keepdims=True))
        return logits


def make():
    np.random.seed(9)
    net = MultiHeadLearner(ContinualConfig())
    net.set_train(True)
    return net, (Tensor(np.random.randn(6, 10).astype(np.float32)),)
