# case: discriminator runs on a concatenated real+fake batch and splits the logits back with ops.split using n_real = int() of the count of the is_real flags tensor -> split sizes from data, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    loss_type = "nonsaturating"
    label_smoothing = 0.0


def _bce_logits(logits, target):
    return ops.binary_cross_entropy_with_logits(logits, ops.full_like(logits, target),
                                                ops.ones_like(logits), ops.ones_like(logits))


class JointDiscriminatorLoss(nn.Cell):
    def __init__(self, disc, config=LossConfig()):
        super().__init__()
        self.disc = disc
        self.real_target = 1.0 - config.label_smoothing

    def construct(self, images, is_real):
        logits = self.disc(images).reshape(-1)
        n_real = int(is_real.astype(ms.int32).sum())
        real_logits, fake_logits = ops.split(logits, (n_real, logits.shape[0] - n_real))
        return _bce_logits(real_logits, self.real_target) + _bce_logits(fake_logits, 0.0)


def make():
    np.random.seed(3569)
    disc = nn.SequentialCell([nn.Conv2d(3, 8, 3, stride=2, pad_mode="same"), nn.LeakyReLU(0.2),
                              nn.Flatten(), nn.Dense(8 * 4 * 4, 1)])
    net = JointDiscriminatorLoss(disc)
    images = Tensor(np.random.randn(6, 3, 8, 8).astype(np.float32))
    is_real = Tensor(np.array([1, 1, 1, 1, 0, 0], np.bool_))
    return net, (images, is_real)
