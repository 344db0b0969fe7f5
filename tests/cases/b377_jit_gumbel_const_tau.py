# case: @ms.jit relaxed architecture sampler adds Gumbel noise passed in as a tensor to the logits and softmaxes with a module-level Python temperature, returning the straight-through one-hot -> expected static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

GUMBEL_TAU = 0.5
HARD = True


def _one_hot_like(probs):
    idx = ops.argmax(probs, dim=-1)
    return ops.one_hot(idx, probs.shape[-1], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))


@ms.jit
def relaxed_arch_sample(alpha, uniform_noise):
    g = -ops.log(-ops.log(uniform_noise + 1e-10) + 1e-10)
    soft = ops.softmax((alpha + g) / GUMBEL_TAU, axis=-1)
    if HARD:
        hard = _one_hot_like(soft)
        return hard - ops.stop_gradient(soft) + soft
    return soft


def make():
    np.random.seed(3807)
    alpha = Tensor(np.random.randn(6, 5).astype(np.float32))
    noise = Tensor(np.random.rand(6, 5).astype(np.float32))
    return relaxed_arch_sample, (alpha, noise)
