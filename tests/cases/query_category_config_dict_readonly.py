# case: category classifier reading temperature and label-smoothing values from a config dict stored at init (read only) in construct -> constant dict lookups, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_CONFIG = {"temperature": 1.5, "smoothing": 0.05, "hidden": 20}


class CalibratedCategoryModel(nn.Cell):
    def __init__(self, in_dim=10, num_cats=7, config=None):
        super().__init__()
        self.config = dict(DEFAULT_CONFIG if config is None else config)
        self.fc1 = nn.Dense(in_dim, self.config["hidden"], activation="relu")
        self.fc2 = nn.Dense(self.config["hidden"], num_cats)
        self.num_cats = num_cats

    def construct(self, x):
        logits = self.fc2(self.fc1(x)) / self.config["temperature"]
        probs = ops.softmax(logits, axis=-1)
        eps = self.config["smoothing"]
        return probs * (1 - eps) + eps / self.num_cats


def make():
    np.random.seed(44)
    x = np.random.randn(5, 10).astype(np.float32)
    return CalibratedCategoryModel(), (Tensor(x),)
