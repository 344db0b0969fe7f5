# case: StyleGAN2 R1 regulariser using ms.grad of the discriminator's summed real logits w.r.t. real images, gamma from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmallDiscriminator(nn.Cell):
    def __init__(self, ch=3, width=8, res=4):
        super().__init__()
        self.conv1 = nn.Conv2d(ch, width, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(width, width, 3, stride=2, pad_mode="same")
        self.fc = nn.Dense(width * (res // 2) * (res // 2), 1)

    def construct(self, x):
        x = ops.leaky_relu(self.conv1(x), 0.2)
        x = ops.leaky_relu(self.conv2(x), 0.2)
        return self.fc(x.reshape(x.shape[0], -1))


class R1Loss(nn.Cell):
    def __init__(self, gamma=10.0, lazy_interval=16):
        super().__init__()
        self.disc = SmallDiscriminator()
        self.gamma = gamma
        self.lazy_interval = lazy_interval
        self.grad_fn = ms.grad(self._real_score_sum, grad_position=0)

    def _real_score_sum(self, real):
        return self.disc(real).sum()

    def construct(self, real):
        logits = self.disc(real)
        loss_real = ops.softplus(-logits).mean()
        g = self.grad_fn(real)
        penalty = (g ** 2).sum(axis=(1, 2, 3)).mean()
        return loss_real + penalty * (self.gamma * 0.5 * self.lazy_interval)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 3, 4, 4).astype(np.float32))
    return R1Loss(), (x,)
