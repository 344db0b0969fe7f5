# case: head reads options from a plain dict config with .get() inside construct (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfigHead(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.fc = nn.Dense(cfg["dim"], cfg["classes"])

    def construct(self, x):
        y = self.fc(x)
        if self.cfg.get("log_probs", False):
            y = ops.log_softmax(y, axis=-1)
        return y * self.cfg.get("scale", 1.0)


def make():
    return ConfigHead({"dim": 5, "classes": 3, "log_probs": True}), (Tensor(np.random.randn(2, 5).astype(np.float32)),)
