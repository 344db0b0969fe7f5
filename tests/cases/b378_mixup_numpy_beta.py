# case: training-time mixup draws its mixing coefficient with np.random.beta inside construct when config.mixup == "beta" -> NumPy random calls in construct are expected to be rejected or become a compile-time constant
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MixupConfig:
    mixup = "beta"
    mixup_alpha = 0.4
    n_mels = 32
    n_classes = 5


class MixupMixin:
    def _mix_coefficient(self):
        if self.mixup == "beta":
            return np.random.beta(self.mixup_alpha, self.mixup_alpha)
        return 1.0


class MixupTagger(nn.Cell, MixupMixin):
    def __init__(self, config):
        super().__init__()
        self.mixup = config.mixup
        self.mixup_alpha = config.mixup_alpha
        self.fc = nn.Dense(config.n_mels, config.n_classes)

    def construct(self, logmel, target):
        if self.training and self.mixup is not None:
            lam = self._mix_coefficient()
            logmel = lam * logmel + (1.0 - lam) * logmel[::-1]
            target = lam * target + (1.0 - lam) * target[::-1]
        probs = ops.sigmoid(self.fc(logmel).mean(axis=1))
        return ops.binary_cross_entropy(probs, target)


def make():
    np.random.seed(3805)
    net = MixupTagger(MixupConfig())
    net.set_train(True)
    logmel = Tensor(np.random.randn(4, 30, 32).astype(np.float32))
    target = Tensor((np.random.rand(4, 5) > 0.6).astype(np.float32))
    return net, (logmel, target)
