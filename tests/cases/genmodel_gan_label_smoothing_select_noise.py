# case: GAN discriminator loss with one-sided label smoothing, label flipping via ops.select and masked-mean weighting -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiscLoss(nn.Cell):
    def __init__(self, real_label=0.9, flip_prob=0.05, use_flip=True):
        super().__init__()
        self.real_label = real_label
        self.flip_prob = flip_prob
        self.use_flip = use_flip
        self.bce = nn.BCEWithLogitsLoss(reduction="none")

    def real_targets(self, logits, u):
        smooth = ops.full_like(logits, self.real_label)
        if self.use_flip:
            flipped = u < self.flip_prob
            smooth = ops.select(flipped, ops.zeros_like(smooth), smooth)
        return smooth

    def construct(self, d_real, d_fake, u, valid):
        t_real = self.real_targets(d_real, u)
        l_real = self.bce(d_real, t_real)
        l_fake = self.bce(d_fake, ops.zeros_like(d_fake))
        w = valid.astype(ms.float32)
        per = (l_real + l_fake) * w
        return per.sum() / ops.maximum(w.sum(), Tensor(1.0, ms.float32))


def make():
    np.random.seed(0)
    d_real = Tensor(np.random.randn(8).astype(np.float32))
    d_fake = Tensor(np.random.randn(8).astype(np.float32))
    u = Tensor(np.random.rand(8).astype(np.float32))
    valid = Tensor(np.array([1, 1, 0, 1, 1, 1, 0, 1], np.bool_))
    return DiscLoss(), (d_real, d_fake, u, valid)
