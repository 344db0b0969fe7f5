# case: fake-quant helper takes an optional zero_point argument (None -> symmetric) guarded with `is None` in a helper and in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def fake_quantize(x, scale, zero_point=None, qmin=-128, qmax=127):
    if zero_point is None:
        return ops.clamp(ops.round(x / scale), qmin, qmax) * scale
    q = ops.clamp(ops.round(x / scale) + zero_point, qmin, qmax)
    return (q - zero_point) * scale


class OptionalZPQuant(nn.Cell):
    def __init__(self, scale=0.02, zero_point=None):
        super().__init__()
        self.scale = Parameter(Tensor(scale, ms.float32), name="scale")
        if zero_point is None:
            self.zero_point = None
        else:
            self.zero_point = Parameter(Tensor(zero_point, ms.float32), name="zero_point",
                                        requires_grad=False)

    def construct(self, x, bias=None):
        y = fake_quantize(x, self.scale, self.zero_point)
        if bias is not None:
            y = y + bias
        return y


def make():
    np.random.seed(109)
    x = Tensor(np.random.randn(3, 4).astype(np.float32))
    return OptionalZPQuant(), (x,)
