# case: MLP picks a weight-only int8 nn.Dense subclass or a plain nn.Dense per config.quant_bits; the quantised subclass dequantises in construct and defers to super().construct when unquantised -> choices made in __init__, dequant is plain tensor math; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class QuantConfig:
    def __init__(self, quant_bits=8, hidden_size=16, intermediate_size=32, quantize_down_proj=False):
        self.quant_bits = quant_bits
        self.hidden_size = hidden_size
        self.intermediate_size = intermediate_size
        self.quantize_down_proj = quantize_down_proj


class WeightOnlyDense(nn.Dense):
    def __init__(self, in_channels, out_channels, quant_bits=None, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self.quant_bits = quant_bits
        if quant_bits is not None:
            w = self.weight.asnumpy()
            qmax = 2 ** (quant_bits - 1) - 1
            scale = np.abs(w).max(axis=1, keepdims=True) / qmax
            self.qweight = Parameter(Tensor(np.round(w / scale).astype(np.int8)), name="qweight", requires_grad=False)
            self.w_scale = Parameter(Tensor(scale.astype(np.float32)), name="w_scale", requires_grad=False)

    def construct(self, x):
        if self.quant_bits is None:
            return super().construct(x)
        w = self.qweight.astype(x.dtype) * self.w_scale
        out = ops.matmul(x, w.T)
        return out + self.bias if self.has_bias else out


def build_linear(config, in_dim, out_dim, quantize=True):
    bits = config.quant_bits if quantize else None
    return WeightOnlyDense(in_dim, out_dim, quant_bits=bits, has_bias=False)


class GatedMLP(nn.Cell):
    def __init__(self, config):
        super().__init__()
        h, i = config.hidden_size, config.intermediate_size
        self.gate_proj, self.up_proj = [build_linear(config, h, i) for _ in range(2)]
        self.down_proj = build_linear(config, i, h, quantize=config.quantize_down_proj)
        self.act = nn.SiLU()

    def construct(self, x):
        return self.down_proj(self.act(self.gate_proj(x)) * self.up_proj(x))


def make():
    np.random.seed(3657)
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return GatedMLP(QuantConfig()), (x,)
