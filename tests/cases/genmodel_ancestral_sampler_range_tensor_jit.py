# case: jit-compiled ancestral sampler looping range() over a step count passed as a tensor -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

BETAS = np.linspace(1e-4, 0.05, 30).astype(np.float32)
ALPHAS = 1.0 - BETAS
ALPHAS_CUMPROD = np.cumprod(ALPHAS).astype(np.float32)


def predict_eps(x, t):
    return 0.1 * x * (t.astype(ms.float32) / 30.0)


@ms.jit
def ancestral_sample(x, z, num_steps):
    alphas = Tensor(ALPHAS)
    acp = Tensor(ALPHAS_CUMPROD)
    for i in range(num_steps):
        t = num_steps - 1 - i
        eps = predict_eps(x, t)
        coef = (1 - alphas[t]) / ops.sqrt(1 - acp[t])
        x = (x - coef * eps) / ops.sqrt(alphas[t]) + ops.sqrt(1 - alphas[t]) * z * 0.1
    return x


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 4).astype(np.float32))
    z = Tensor(np.random.randn(2, 4).astype(np.float32))
    return ancestral_sample, (x, z, Tensor(5, ms.int32))
