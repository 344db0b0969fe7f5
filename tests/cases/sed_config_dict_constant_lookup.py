# case: reads pooling hyper-parameters from a config dict stored on the Cell (constant strings/floats) and picks max or mean pooling by a Python string -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CONFIG = {"pooling": "max", "temperature": 2.0, "n_classes": 7, "in_dim": 24}


class ConfigurablePool(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = dict(cfg)
        self.fc = nn.Dense(cfg["in_dim"], cfg["n_classes"])

    def pool(self, frame_probs):
        if self.cfg["pooling"] == "max":
            return frame_probs.max(axis=1)
        return frame_probs.mean(axis=1)

    def construct(self, feats):
        logits = self.fc(feats) / self.cfg["temperature"]
        frame_probs = ops.sigmoid(logits)
        return self.pool(frame_probs)


def make():
    np.random.seed(21)
    feats = Tensor(np.random.randn(2, 14, 24).astype(np.float32))
    return ConfigurablePool(CONFIG), (feats,)
