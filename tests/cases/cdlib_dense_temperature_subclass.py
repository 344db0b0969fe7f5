# case: nn.Dense subclass for the change classifier adds a learnable temperature Parameter created in a helper and forwards *args/**kwargs through a wrapper to super().construct -> subclassing and forwarding, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ClassifierConfig:
    in_dim = 16
    num_classes = 3
    init_temperature = 1.5
    learn_temperature = True


class TemperatureDense(nn.Dense):
    def __init__(self, in_channels, out_channels, config=None, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self._init_temperature(config)

    def _init_temperature(self, config):
        t = 1.0 if config is None else config.init_temperature
        trainable = getattr(config, "learn_temperature", False)
        self.log_temp = Parameter(Tensor(np.log([t]).astype(np.float32)), name="log_temp",
                                  requires_grad=trainable)

    def construct(self, x):
        logits = super().construct(x)
        return logits / ops.exp(self.log_temp)


class PixelClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = TemperatureDense(config.in_dim, config.num_classes, config=config, has_bias=True)

    def construct(self, *args, **kwargs):
        feats = args[0]
        return ops.softmax(self.fc(feats, **kwargs), axis=-1)


def make():
    np.random.seed(42)
    feats = Tensor(np.random.randn(64, 16).astype(np.float32))
    return PixelClassifier(ClassifierConfig()), (feats,)
