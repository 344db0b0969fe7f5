# case: once-for-all elastic Dense subclass slices its weight to the incoming width x.shape[-1] and to a config-chosen output width; the slice bounds look data-derived but are shapes and Python ints -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ElasticConfig:
    def __init__(self, max_in=32, max_out=32, active_out=16, has_bias=True):
        self.max_in = max_in
        self.max_out = max_out
        self.active_out = active_out
        self.has_bias = has_bias


class ElasticDense(nn.Dense):
    def __init__(self, config):
        super().__init__(config.max_in, config.max_out, has_bias=config.has_bias)
        self.active_out = config.active_out

    def get_active_weight(self, in_features):
        return self.weight[: self.active_out, :in_features]

    def construct(self, x):
        in_features = x.shape[-1]
        w = self.get_active_weight(in_features)
        y = ops.matmul(x, w.T)
        if self.has_bias:
            y = y + self.bias[: self.active_out]
        return y


class ElasticMLP(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc1 = ElasticDense(config)
        self.fc2 = ElasticDense(config)

    def construct(self, x):
        return self.fc2(ops.relu(self.fc1(x)))


def make():
    np.random.seed(3778)
    cell = ElasticMLP(ElasticConfig())
    x = Tensor(np.random.randn(4, 24).astype(np.float32))
    return cell, (x,)
