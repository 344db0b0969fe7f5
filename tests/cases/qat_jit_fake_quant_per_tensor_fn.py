# case: @ms.jit fake-quant function with asymmetric qparams, bit width and mode as keyword defaults, called with tensors only -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _qrange(num_bits, symmetric):
    if symmetric:
        return -(2 ** (num_bits - 1)), 2 ** (num_bits - 1) - 1
    return 0, 2 ** num_bits - 1


@ms.jit
def fake_quant_per_tensor(x, running_min, running_max, num_bits=8, symmetric=False):
    qmin, qmax = _qrange(num_bits, symmetric)
    lo = ops.minimum(running_min, 0.0)
    hi = ops.maximum(running_max, 0.0)
    if symmetric:
        scale = ops.maximum(-lo, hi) / qmax
        zp = ops.zeros_like(scale)
    else:
        scale = (hi - lo) / (qmax - qmin)
        zp = qmin - ops.round(lo / scale)
    q = ops.clamp(ops.round(x / scale) + zp, qmin, qmax)
    return (q - zp) * scale


def make():
    np.random.seed(112)
    x = Tensor(np.random.randn(5, 5).astype(np.float32))
    lo = Tensor(float(x.asnumpy().min()), ms.float32)
    hi = Tensor(float(x.asnumpy().max()), ms.float32)
    return fake_quant_per_tensor, (x, lo, hi)
