# case: a single LIF update step written as an @ms.jit function with scalar hyperparameters as keyword defaults -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def lif_step(v, syn, x, alpha=0.9, beta=0.8, v_th=1.0):
    syn = alpha * syn + x
    v = beta * v + syn
    spk = ops.cast(v > v_th, ms.float32)
    v = v - spk * v_th
    return v, syn, spk


def make():
    np.random.seed(44)
    v = Tensor(np.zeros((4, 6), np.float32))
    syn = Tensor(np.zeros((4, 6), np.float32))
    x = Tensor(np.random.rand(4, 6).astype(np.float32))
    return lif_step, (v, syn, x)
