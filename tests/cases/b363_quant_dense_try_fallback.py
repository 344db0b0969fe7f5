# case: weight-only int8 linear (subclass of nn.Dense) wraps its dequantised matmul in try/except and falls back to the float weight on failure -> try statement in construct; expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class QuantConfig:
    def __init__(self, quant_bits=8, group_size=None, hidden_size=16, intermediate_size=32):
        self.quant_bits = quant_bits
        self.group_size = group_size
        self.hidden_size = hidden_size
        self.intermediate_size = intermediate_size


class Int8Dense(nn.Dense):
    def __init__(self, in_channels, out_channels, config, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self.quant_bits = config.quant_bits
        self._quantize_weight()

    def _quantize_weight(self):
        w = self.weight.asnumpy()
        scale = np.abs(w).max(axis=1, keepdims=True) / 127.0
        self.qweight = Parameter(Tensor(np.round(w / scale).astype(np.int8)), name="qweight", requires_grad=False)
        self.w_scale = Parameter(Tensor(scale.astype(np.float32)), name="w_scale", requires_grad=False)

    def construct(self, x):
        try:
            w = self.qweight.astype(ms.float32) * self.w_scale
            out = ops.matmul(x, w.T)
        except RuntimeError:
            out = ops.matmul(x, self.weight.T)
        if self.has_bias:
            out = out + self.bias
        return out


def make():
    np.random.seed(3656)
    cfg = QuantConfig()
    layer = Int8Dense(cfg.hidden_size, cfg.intermediate_size, cfg, has_bias=True)
    x = Tensor(np.random.randn(3, 16).astype(np.float32))
    return layer, (x,)
