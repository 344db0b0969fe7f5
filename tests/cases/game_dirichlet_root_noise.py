# case: mixes Dirichlet noise (sampled outside) into root priors, zeroes illegal moves by multiplying a float mask and renormalises -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RootNoise(nn.Cell):
    def __init__(self, epsilon=0.25, add_noise=True):
        super().__init__()
        self.epsilon = epsilon
        self.add_noise = add_noise

    def renormalise(self, p):
        return p / ops.maximum(p.sum(-1, keepdims=True), 1e-8)

    def construct(self, priors, noise, legal):
        mask = legal.astype(ms.float32)
        if self.add_noise:
            priors = (1.0 - self.epsilon) * priors + self.epsilon * noise
        return self.renormalise(priors * mask)


def make():
    np.random.seed(31)
    p = np.random.rand(2, 9).astype(np.float32)
    noise = np.random.dirichlet([0.3] * 9, size=2).astype(np.float32)
    legal = np.random.rand(2, 9) > 0.4
    legal[:, 0] = True
    return RootNoise(), (Tensor(p / p.sum(-1, keepdims=True)), Tensor(noise), Tensor(legal))
