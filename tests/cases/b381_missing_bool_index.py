# case: imputation layer that fills missing sensors by indexing x[mask] with a boolean missing-sensor mask and writing the node mean there -> boolean-mask indexing in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImputeConfig:
    def __init__(self, missing_value=0.0, strategy="mean"):
        self.missing_value = missing_value
        self.strategy = strategy


class MissingSensorImputer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.missing_value = config.missing_value
        self.strategy = config.strategy

    def construct(self, x):
        # x: (time, nodes)
        observed = x != self.missing_value
        node_mean = (x * observed).sum(axis=0) / ops.maximum(observed.sum(axis=0), 1)
        filled = ops.broadcast_to(node_mean, x.shape)
        missing_vals = filled[ops.logical_not(observed)]
        return missing_vals.mean(), x[observed].mean()


def make():
    np.random.seed(3827)
    x = (np.random.rand(12, 6) * 50).astype(np.float32)
    x[np.random.rand(12, 6) < 0.3] = 0.0
    return MissingSensorImputer(ImputeConfig()), (Tensor(x),)
