# case: discriminator step that appends replayed fakes to the batch only when the tensor loss exceeds a threshold (branches give different batch sizes) -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ReplayDiscriminator(nn.Cell):
    def __init__(self, in_dim=6, hidden=12, buffer_size=2, replay_threshold=0.5):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.LeakyReLU(0.2), nn.Dense(hidden, 1)])
        buf = np.random.RandomState(11).randn(buffer_size, in_dim).astype(np.float32)
        self.buffer = Parameter(Tensor(buf), name="buffer", requires_grad=False)
        self.replay_threshold = replay_threshold

    def fake_loss(self, fake):
        return ops.softplus(self.net(fake)).mean()

    def mix_in_replay(self, fake, loss):
        if loss > self.replay_threshold:
            fake = ops.concat((fake, self.buffer), axis=0)
        return fake

    def construct(self, real, fake):
        real_loss = ops.softplus(-self.net(real)).mean()
        loss0 = self.fake_loss(fake)
        fake = self.mix_in_replay(fake, loss0)
        logits = self.net(fake)
        return real_loss + ops.softplus(logits).mean(), logits


def make():
    np.random.seed(0)
    real = Tensor(np.random.randn(3, 6).astype(np.float32))
    fake = Tensor(np.random.randn(3, 6).astype(np.float32))
    return ReplayDiscriminator(), (real, fake)
