# case: @ms.jit function doing symmetric per-row int8 quantize/dequantize with bits as a default Python int -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def quant_dequant_rows(x, bits=8):
    qmax = 2 ** (bits - 1) - 1
    amax = ops.amax(ops.abs(x), axis=1, keepdims=True)
    scale = ops.maximum(amax, 1e-8) / qmax
    q = ops.clamp(ops.round(x / scale), -qmax, qmax)
    err = ops.reduce_mean(ops.abs(q * scale - x))
    return q * scale, err


def make():
    np.random.seed(29)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return quant_dequant_rows, (x,)
