# case: jit-compiled Gumbel-softmax latent quantiser with hard straight-through one-hot and KL to uniform prior -> static
import math
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

TAU = 0.9
HARD = True


def straight_through(soft):
    idx = ops.argmax(soft, dim=-1)
    hard = ops.one_hot(idx, soft.shape[-1], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    return hard - ops.stop_gradient(soft) + soft


@ms.jit
def gumbel_quantize(logits, u, codebook):
    g = -ops.log(-ops.log(u + 1e-10) + 1e-10)
    soft = ops.softmax((logits + g) / TAU, axis=-1)
    weights = straight_through(soft) if HARD else soft
    z_q = ops.matmul(weights, codebook)
    q = ops.softmax(logits, axis=-1)
    kl = (q * (ops.log(q + 1e-10) + math.log(codebook.shape[0]))).sum(axis=-1).mean()
    return z_q, kl


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(6, 8).astype(np.float32))
    u = Tensor(np.random.rand(6, 8).astype(np.float32))
    codebook = Tensor(np.random.randn(8, 3).astype(np.float32))
    return gumbel_quantize, (logits, u, codebook)
