# case: DDPM training loss looking up numpy coefficient tables with t.asnumpy() -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyEpsNet(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.fc1 = nn.Dense(dim + 1, 32, activation="silu")
        self.fc2 = nn.Dense(32, dim)

    def construct(self, x, t):
        return self.fc2(self.fc1(ops.concat((x, t.expand_dims(1)), axis=1)))


class DDPMLoss(nn.Cell):
    def __init__(self, model, timesteps=50):
        super().__init__()
        self.model = model
        self.timesteps = timesteps
        betas = np.linspace(1e-4, 0.02, timesteps).astype(np.float32)
        ac = np.cumprod(1 - betas)
        self.sqrt_ac = np.sqrt(ac).astype(np.float32)
        self.sqrt_one_minus_ac = np.sqrt(1 - ac).astype(np.float32)

    def construct(self, x0, t, noise):
        t_np = t.asnumpy()
        a = Tensor(self.sqrt_ac[t_np]).expand_dims(1)
        s = Tensor(self.sqrt_one_minus_ac[t_np]).expand_dims(1)
        xt = a * x0 + s * noise
        t_in = ops.cast(t, ms.float32) / self.timesteps
        eps = self.model(xt, t_in)
        return ops.mse_loss(eps, noise)


def make():
    np.random.seed(0)
    x0 = Tensor(np.random.randn(4, 16).astype(np.float32))
    t = Tensor(np.random.randint(0, 50, size=(4,)).astype(np.int32))
    noise = Tensor(np.random.randn(4, 16).astype(np.float32))
    return DDPMLoss(TinyEpsNet()), (x0, t, noise)
