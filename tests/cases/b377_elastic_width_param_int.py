# case: once-for-all elastic Dense keeps its active output width in an int32 Parameter (set by the sampler) and slices the weight with int(active_width) in a helper -> expected error or dynamic (slice length read from a Parameter value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ElasticConfig:
    def __init__(self, in_features=16, max_out=32, width_choices=(8, 16, 32)):
        self.in_features = in_features
        self.max_out = max_out
        self.width_choices = width_choices


class ElasticDense(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_out = config.max_out
        self.width_choices = tuple(config.width_choices)
        self._build_params(config.in_features, config.max_out)
        self.active_width = Parameter(Tensor(self.width_choices[1], ms.int32), name="active_width", requires_grad=False)

    def _build_params(self, fan_in, fan_out):
        w = np.random.randn(fan_out, fan_in).astype(np.float32) / np.sqrt(fan_in)
        self.weight = Parameter(Tensor(w), name="weight")
        self.bias = Parameter(Tensor(np.zeros(fan_out, np.float32)), name="bias")

    def _active_params(self):
        width = int(self.active_width)
        return self.weight[:width], self.bias[:width]

    def construct(self, x):
        w, b = self._active_params()
        return ops.matmul(x, w.T) + b


def make():
    np.random.seed(3777)
    cell = ElasticDense(ElasticConfig())
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return cell, (x,)
