# case: top-k GAN training generator loss keeping the best ceil(gamma*N) critic scores, k from batch shape and a config fraction -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Critic(nn.Cell):
    def __init__(self, in_dim=6):
        super().__init__()
        self.fc = nn.SequentialCell([nn.Dense(in_dim, 12), nn.LeakyReLU(0.2), nn.Dense(12, 1)])

    def construct(self, x):
        return self.fc(x).squeeze(-1)


class TopKGeneratorLoss(nn.Cell):
    def __init__(self, gamma=0.75, min_k=2, use_topk=True):
        super().__init__()
        self.critic = Critic()
        self.gamma = gamma
        self.min_k = min_k
        self.use_topk = use_topk

    def keep_count(self, n):
        return max(self.min_k, int(math.ceil(self.gamma * n)))

    def construct(self, fake):
        scores = self.critic(fake)
        if self.use_topk:
            k = self.keep_count(fake.shape[0])
            scores, _ = ops.topk(scores, k)
        half = fake.shape[0] // 2
        diversity = (fake[:half] - fake[half:2 * half]).abs().mean()
        return ops.softplus(-scores).mean(), diversity


def make():
    np.random.seed(0)
    fake = Tensor(np.random.randn(8, 6).astype(np.float32))
    return TopKGeneratorLoss(), (fake,)
