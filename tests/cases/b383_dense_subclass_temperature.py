# case: keyword classifier head subclasses nn.Dense, calls super().construct and applies a temperature and an optional label-prior correction (None by default) -> plain subclass call and is-None guard, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    hidden = 64
    num_labels = 12
    temperature = 1.5
    log_priors = None


class CalibratedDense(nn.Dense):
    def __init__(self, in_channels, out_channels, temperature=1.0, log_priors=None, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self.temperature = temperature
        self.log_priors = None if log_priors is None else Tensor(np.asarray(log_priors, np.float32))

    def construct(self, x):
        logits = super().construct(x) / self.temperature
        if self.log_priors is not None:
            logits = logits - self.log_priors
        return logits


class KeywordHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pre = nn.Dense(config.hidden, config.hidden, activation="relu")
        self.out = CalibratedDense(config.hidden, config.num_labels,
                                   temperature=config.temperature, log_priors=config.log_priors,
                                   has_bias=True)

    def construct(self, emb, *args):
        logits = self.out(self.pre(emb))
        return ops.log_softmax(logits, axis=-1)


def make():
    np.random.seed(38332)
    emb = Tensor(np.random.randn(4, 64).astype(np.float32))
    return KeywordHead(HeadConfig()), (emb,)
