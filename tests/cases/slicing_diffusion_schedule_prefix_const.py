# case: diffusion sampler takes the first num_steps entries of a beta schedule Parameter with a Python int from config; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def linear_betas(total, start=1e-4, end=2e-2):
    return np.linspace(start, end, total).astype(np.float32)


class Net(nn.Cell):
    def __init__(self, total_steps=50, num_steps=10):
        super().__init__()
        self.betas = Parameter(Tensor(linear_betas(total_steps)), name="betas",
                               requires_grad=False)
        self.num_steps = num_steps
        self.eps_model = nn.Dense(8, 8)

    def construct(self, x):
        betas = self.betas[:self.num_steps]
        alphas = 1.0 - betas
        alpha_bar = ops.cumprod(alphas, 0)
        for i in range(self.num_steps - 1, -1, -1):
            eps = self.eps_model(x)
            coef = betas[i] / ops.sqrt(1.0 - alpha_bar[i])
            x = (x - coef * eps) / ops.sqrt(alphas[i])
        return x


def make():
    return Net(), (Tensor(np.random.randn(2, 8).astype(np.float32)),)
