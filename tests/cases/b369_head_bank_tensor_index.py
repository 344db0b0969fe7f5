# case: task heads stored as one stacked Parameter bank (tasks, classes, hidden) and the active slice taken with a scalar task-id tensor -> fixed-shape gather, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class HeadBankConfig:
    num_tasks = 5
    num_classes = 10
    hidden = 32
    use_bias = True


class HeadBankClassifier(nn.Cell):
    def __init__(self, config, in_dim=16, encoder=None):
        super().__init__()
        self.encoder = encoder if encoder is not None else nn.Dense(in_dim, config.hidden, activation="relu")
        self.use_bias = config.use_bias
        self._init_bank(config)

    def _init_bank(self, config):
        w = np.random.randn(config.num_tasks, config.num_classes, config.hidden).astype(np.float32) * 0.05
        self.head_weight = Parameter(Tensor(w), name="head_weight")
        self.head_bias = Parameter(Tensor(np.zeros((config.num_tasks, config.num_classes), np.float32)),
                                   name="head_bias")

    def construct(self, x, task_id):
        h = self.encoder(x)
        w = self.head_weight[task_id]
        logits = ops.matmul(h, w.T)
        if self.use_bias:
            logits = logits + self.head_bias[task_id]
        return logits


def make():
    np.random.seed(12)
    net = HeadBankClassifier(HeadBankConfig())
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return net, (x, Tensor(3, ms.int32))
