# case: clip classifier head subclasses nn.Dense, adds a learnable temperature Parameter created in a helper, and calls super().construct before scaling -> plain subclassing, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class HeadConfig:
    hidden_size = 48
    n_classes = 10
    init_temperature = 1.5
    learn_temperature = True


class TemperatureDense(nn.Dense):
    def __init__(self, in_channels, out_channels, init_temperature=1.0, learn_temperature=False, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self._build_temperature(init_temperature, learn_temperature)

    def _build_temperature(self, value, trainable):
        self.log_temperature = Parameter(Tensor(np.log([value]).astype(np.float32)),
                                         name="log_temperature", requires_grad=trainable)

    def construct(self, x):
        logits = super().construct(x)
        return logits / ops.exp(self.log_temperature)


class CalibratedHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = TemperatureDense(config.hidden_size, config.n_classes,
                                     init_temperature=config.init_temperature,
                                     learn_temperature=config.learn_temperature, has_bias=True)

    def construct(self, embedding):
        return ops.sigmoid(self.head(embedding))


def make():
    np.random.seed(3815)
    emb = Tensor(np.random.randn(4, 48).astype(np.float32))
    return CalibratedHead(HeadConfig()), (emb,)
