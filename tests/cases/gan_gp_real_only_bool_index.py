# case: R1 penalty restricted to real samples selected by boolean-mask indexing x[is_real] from a mixed batch -> dynamic shape at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchCritic(nn.Cell):
    def __init__(self, in_ch=3, width=8):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, width, 3, pad_mode="same")
        self.out = nn.Conv2d(width, 1, 1)

    def construct(self, x):
        return self.out(ops.leaky_relu(self.conv(x), 0.2)).mean(axis=(1, 2, 3))


class MixedBatchR1(nn.Cell):
    def __init__(self, gamma=5.0, r1_on_real_only=True):
        super().__init__()
        self.critic = PatchCritic()
        self.gamma = gamma
        self.r1_on_real_only = r1_on_real_only
        self.grad = ops.GradOperation()

    def adv_loss(self, logits, labels):
        return ops.binary_cross_entropy_with_logits(logits, labels, ops.ones_like(logits), ops.ones_like(logits))

    def construct(self, images, labels):
        logits = self.critic(images)
        loss = self.adv_loss(logits, labels)
        if self.r1_on_real_only:
            reals = images[labels > 0.5]
        else:
            reals = images
        g = self.grad(self.critic)(reals)
        r1 = (g ** 2).sum(axis=(1, 2, 3)).mean()
        return loss + 0.5 * self.gamma * r1


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 3, 4, 4).astype(np.float32))
    y = Tensor(np.array([1, 0, 1, 0], np.float32))
    return MixedBatchR1(), (x, y)
