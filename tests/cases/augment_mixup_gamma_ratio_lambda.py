# case: mixup with lambda drawn as a ratio of two Gamma samples (Beta via Gamma), batch permutation from randperm over .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sample_beta(alpha):
    shape = Tensor(np.array([1], np.int64))
    a = Tensor(np.array([alpha], np.float32))
    g1 = ops.random_gamma(shape, a).reshape(1)
    g2 = ops.random_gamma(shape, a).reshape(1)
    return g1 / (g1 + g2 + 1e-6)


class MixupHead(nn.Cell):
    def __init__(self, in_dim=12, num_classes=5, alpha=0.4, use_mixup=True):
        super().__init__()
        self.alpha = alpha
        self.use_mixup = use_mixup
        self.num_classes = num_classes
        self.fc = nn.Dense(in_dim, num_classes)
        self.loss = nn.SoftmaxCrossEntropyWithLogits(sparse=False, reduction="mean")

    def mix(self, x, y_onehot):
        lam = sample_beta(self.alpha)
        perm = ops.randperm(x.shape[0], dtype=ms.int32)
        x_mix = lam * x + (1 - lam) * x[perm]
        y_mix = lam * y_onehot + (1 - lam) * y_onehot[perm]
        return x_mix, y_mix

    def construct(self, x, labels):
        y = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        if self.use_mixup:
            x, y = self.mix(x, y)
        logits = self.fc(x)
        return self.loss(logits, y)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(6, 12).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, (6,)).astype(np.int32))
    return MixupHead(), (x, labels)
