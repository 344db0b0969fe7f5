# case: training-time mixup takes its mixing coefficients as a tensor fed by the data loader and mixes each clip with the reversed batch -> tensor arithmetic only, should compile statically
from dataclasses import dataclass
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class MixupConfig:
    mixup_alpha: float = 0.4
    n_mels: int = 32
    n_classes: int = 5
    mix_targets: bool = True


def do_mixup(x, mixup_lambda):
    # PANNs convention: lambda has one weight per clip, broadcast over the other axes
    lam = mixup_lambda.reshape((-1,) + (1,) * (x.ndim - 1))
    return lam * x + (1.0 - lam) * x[::-1]


class MixupTagger(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = nn.Dense(config.n_mels, config.n_classes)
        self.mix_targets = config.mix_targets
        self.use_mixup = config.mixup_alpha > 0

    def construct(self, logmel, target, mixup_lambda: Optional[Tensor] = None):
        if self.training and self.use_mixup and mixup_lambda is not None:
            logmel = do_mixup(logmel, mixup_lambda)
            if self.mix_targets:
                target = do_mixup(target, mixup_lambda)
        probs = ops.sigmoid(self.fc(logmel).mean(axis=1))
        return ops.binary_cross_entropy(probs, target)


def make():
    np.random.seed(3806)
    net = MixupTagger(MixupConfig())
    net.set_train(True)
    logmel = Tensor(np.random.randn(4, 30, 32).astype(np.float32))
    target = Tensor((np.random.rand(4, 5) > 0.6).astype(np.float32))
    lam = Tensor(np.random.beta(0.4, 0.4, 4).astype(np.float32))
    return net, (logmel, target, lam)
