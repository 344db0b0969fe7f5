# case: SwinIR-like layer stack returns a tuple whose length depends on output_attentions, with a plain Python output class only used under return_dict (False in the default config) -> class branch never taken, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwinIRConfig:
    def __init__(self, dim=8, num_layers=2, return_dict=False, output_attentions=True):
        self.dim = dim
        self.num_layers = num_layers
        self.return_dict = return_dict
        self.output_attentions = output_attentions


class RestorationOutput:
    def __init__(self, last_hidden_state, attentions=None):
        self.last_hidden_state = last_hidden_state
        self.attentions = attentions


class AttnLayer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.qkv = nn.Dense(dim, 3 * dim)
        self.proj = nn.Dense(dim, dim)
        self.scale = dim ** -0.5

    def construct(self, x, output_attentions=False):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-2, -1)) * self.scale, axis=-1)
        h = x + self.proj(ops.matmul(attn, v))
        return (h, attn) if output_attentions else (h,)


class SwinIRStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([AttnLayer(config.dim) for _ in range(config.num_layers)])
        self.return_dict = config.return_dict
        self.output_attentions = config.output_attentions

    def construct(self, x, output_attentions=None):
        output_attentions = self.output_attentions if output_attentions is None else output_attentions
        all_attn = ()
        for layer in self.layers:
            layer_out = layer(x, output_attentions)
            x = layer_out[0]
            if output_attentions:
                all_attn = all_attn + (layer_out[1],)
        if self.return_dict:
            return RestorationOutput(x, all_attn if output_attentions else None)
        return (x, all_attn) if output_attentions else (x,)


def make():
    np.random.seed(41)
    x = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    return SwinIRStack(SwinIRConfig()), (x,)
