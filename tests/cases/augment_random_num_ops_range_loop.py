# case: augmentation applies a random number of noise/blur steps, `for _ in range(n_steps)` with n_steps sampled as a tensor -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StochasticDegrade(nn.Cell):
    def __init__(self, max_steps=3, noise_std=0.05):
        super().__init__()
        self.max_steps = max_steps
        self.noise_std = noise_std
        kernel = np.full((3, 1, 3, 3), 1.0 / 9.0, np.float32)
        self.blur = nn.Conv2d(3, 3, 3, pad_mode="same", group=3, has_bias=False,
                              weight_init=Tensor(kernel))

    def add_noise(self, x):
        return x + ops.randn(x.shape) * self.noise_std

    def step(self, x):
        return self.blur(self.add_noise(x))

    def construct(self, x):
        n_steps = ops.randint(0, self.max_steps + 1, ())
        for _ in range(n_steps):
            x = self.step(x)
        return ops.clamp(x, 0.0, 1.0)


def make():
    np.random.seed(39)
    x = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return StochasticDegrade(), (x,)
