# case: GAN trainer cell keeps a @ms.jit_class LossTracker (running sums of D real/fake scores) and updates its fields inside construct -> attributes of a jit_class object mutated in construct, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class LossTracker:
    def __init__(self):
        self.real_score = Tensor(0.0, ms.float32)
        self.fake_score = Tensor(0.0, ms.float32)
        self.momentum = 0.9

    def update(self, real, fake):
        self.real_score = self.momentum * self.real_score + (1 - self.momentum) * real
        self.fake_score = self.momentum * self.fake_score + (1 - self.momentum) * fake


class TrainerConfig:
    track_scores = True


class DiscriminatorStep(nn.Cell):
    def __init__(self, disc, config=TrainerConfig()):
        super().__init__()
        self.disc = disc
        self.track_scores = config.track_scores
        self.tracker = LossTracker()

    def construct(self, real, fake):
        d_real = self.disc(real)
        d_fake = self.disc(fake)
        loss = ops.softplus(-d_real).mean() + ops.softplus(d_fake).mean()
        if self.track_scores:
            self.tracker.update(ops.sigmoid(d_real).mean(), ops.sigmoid(d_fake).mean())
        return loss, self.tracker.real_score, self.tracker.fake_score


def make():
    np.random.seed(3572)
    disc = nn.SequentialCell([nn.Flatten(), nn.Dense(3 * 8 * 8, 16), nn.LeakyReLU(0.2), nn.Dense(16, 1)])
    net = DiscriminatorStep(disc)
    real = Tensor(np.random.randn(4, 3, 8, 8).astype(np.float32))
    fake = Tensor(np.random.randn(4, 3, 8, 8).astype(np.float32))
    return net, (real, fake)
